// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html — members used by Throughline only.
package com.atlassian.applinks.api;

import java.net.URI;

/** A link to a remote application. Real supertype: PropertySet. */
public interface ApplicationLink {

    /** Requests authenticated as the current user with the link's configured provider (e.g. OAuth). */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    /** The remote application's base URL as browsers reach it. */
    URI getDisplayUrl();
}
