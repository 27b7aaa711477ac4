// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html — members used by Throughline only.
package com.atlassian.sal.api.net;

/** A response to a {@link Request}. */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
