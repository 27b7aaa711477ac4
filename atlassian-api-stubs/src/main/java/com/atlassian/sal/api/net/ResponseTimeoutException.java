// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseTimeoutException.html — members used by Throughline only.
package com.atlassian.sal.api.net;

/** Connecting or reading took longer than the request's timeout. */
public class ResponseTimeoutException extends ResponseException {
    private static final long serialVersionUID = 1L;

    public ResponseTimeoutException(String message) {
        super(message);
    }
}
