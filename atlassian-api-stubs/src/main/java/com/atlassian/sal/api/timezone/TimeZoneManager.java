// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/timezone/TimeZoneManager.html — members used by Throughline only.
package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

/** Time zones of the host and its users. */
public interface TimeZoneManager {

    /** The current user's zone, or the default zone when they have none. */
    TimeZone getUserTimeZone();
}
