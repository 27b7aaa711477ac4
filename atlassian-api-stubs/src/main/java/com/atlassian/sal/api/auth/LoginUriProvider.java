// Mirrors https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html (an implementation of the SAL interface) — members used by Throughline only.
// com.atlassian.sal.api.auth.LoginUriProvider is an interface (Crowd's and Bamboo 10.0.2's SeraphLoginUriProvider implement it); getLoginUri(URI returnUri) : URI is the host's
// login page that sends the user back to returnUri. Public plugin servlets redirect anonymous visitors with sendRedirect(getLoginUri(requestUrl).toASCIIString()).
package com.atlassian.sal.api.auth;

import java.net.URI;

/** Where the host's login page is, for sending an anonymous visitor there and back. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
