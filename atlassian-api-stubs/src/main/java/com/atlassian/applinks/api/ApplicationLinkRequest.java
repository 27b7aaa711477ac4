// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkRequest.html — members used by Throughline only.
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/** A request preconfigured with the link's authentication. */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
