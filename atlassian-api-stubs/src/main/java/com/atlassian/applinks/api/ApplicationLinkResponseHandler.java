// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html — members used by Throughline only.
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/** Handles a response, or the remote side asking the user to authorise first. */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
