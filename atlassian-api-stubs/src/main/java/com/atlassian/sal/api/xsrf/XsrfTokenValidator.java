// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/xsrf/XsrfTokenValidator.html (interface) — members used by Throughline only, as every product's implementation
// lists them (e.g. ConfluenceXsrfTokenValidator): validateFormEncodedToken(HttpServletRequest) : boolean (the form-encoded
// request carries the valid token), getXsrfParameterName() : String (the form field's name, atl_token).
package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/** Checks that a posted form carries the host's XSRF token. */
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
