// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html — members used by Throughline only.
package com.atlassian.sal.api.net;

/** An outgoing HTTP request; setters return the request for chaining. */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    /** Milliseconds to wait for a connection. */
    T setConnectionTimeout(int connectionTimeout);

    /** Milliseconds to wait for data once connected. */
    T setSoTimeout(int soTimeout);

    T setHeader(String headerName, String headerValue);

    /** HTTP methods. */
    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS,
        PATCH
    }
}
