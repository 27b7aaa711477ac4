// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/LocaleResolver.html — members used by Throughline only.
package com.atlassian.sal.api.message;

import java.util.Locale;

/** The locale of the current request or user. */
public interface LocaleResolver {

    Locale getLocale();
}
