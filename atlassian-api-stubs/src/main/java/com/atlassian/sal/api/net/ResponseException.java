// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseException.html — members used by Throughline only.
package com.atlassian.sal.api.net;

/** A request failed (I/O problems are wrapped in it). */
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
