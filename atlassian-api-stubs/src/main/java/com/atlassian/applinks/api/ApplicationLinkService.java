// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html — members used by Throughline only.
package com.atlassian.applinks.api;

/** The application links this application has. */
public interface ApplicationLinkService {

    /** The primary link of the type, or null when there is none. */
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
