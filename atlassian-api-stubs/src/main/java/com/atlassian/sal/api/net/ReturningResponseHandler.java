// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ReturningResponseHandler.html — members used by Throughline only.
package com.atlassian.sal.api.net;

/** Turns a response into a value. */
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
