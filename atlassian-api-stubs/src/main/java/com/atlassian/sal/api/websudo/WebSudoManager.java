// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoManager.html (interface) — members used by Throughline only. Signatures as every product's
// implementation lists them (e.g. ConfluenceWebSudoManager 9.3, BambooWebSudoManager 9.0): enforceWebSudoProtection(HttpServletRequest, HttpServletResponse) : void (sends the user to the password prompt);
// willExecuteWebSudoRequest(HttpServletRequest) : void, throws WebSudoSessionException (a RuntimeException) without a session.
package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Asks the host for a secure administrator session (WebSudo) before an admin page does anything. */
public interface WebSudoManager {

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
