// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/xsrf/XsrfTokenAccessor.html (interface) — members used by Throughline only: getXsrfToken(HttpServletRequest,
// HttpServletResponse, boolean create) : String, the token a form must send back (created when asked to and missing).
package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Gives a page the host's XSRF token to put in its forms. */
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
