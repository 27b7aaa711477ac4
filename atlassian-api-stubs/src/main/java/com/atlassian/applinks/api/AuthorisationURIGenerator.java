// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/AuthorisationURIGenerator.html — members used by Throughline only.
package com.atlassian.applinks.api;

import java.net.URI;

/** Where a user goes to authorise requests made on their behalf. */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
