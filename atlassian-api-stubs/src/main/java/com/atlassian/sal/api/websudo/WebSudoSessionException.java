// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoSessionException.html —
// "public class WebSudoSessionException extends RuntimeException": thrown when the WebSudo session is missing or expired.
package com.atlassian.sal.api.websudo;

/** No (or an expired) secure administrator session for a request that needs one. */
public class WebSudoSessionException extends RuntimeException {

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }
}
