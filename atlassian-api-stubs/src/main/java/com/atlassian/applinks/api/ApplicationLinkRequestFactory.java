// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html — members used by Throughline only.
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Creates authenticated requests to the linked application. */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    /** Throws when the current user has not authorised requests on their behalf. */
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
