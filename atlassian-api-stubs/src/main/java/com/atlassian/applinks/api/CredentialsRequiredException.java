// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/CredentialsRequiredException.html — members used by Throughline only.
package com.atlassian.applinks.api;

import java.net.URI;

/** The user must authorise requests on their behalf first, at {@link #getAuthorisationURI()}. */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
