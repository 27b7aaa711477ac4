// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html — members used by Throughline only.
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** The user and locale of the current request. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
