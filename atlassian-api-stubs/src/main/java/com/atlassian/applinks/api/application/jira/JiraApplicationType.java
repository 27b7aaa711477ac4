// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/application/jira/JiraApplicationType.html — members used by Throughline only.
package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** The Jira application type, to find the primary link to Jira. */
public interface JiraApplicationType extends ApplicationType {
}
