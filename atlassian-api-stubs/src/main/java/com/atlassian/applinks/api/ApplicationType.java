// Mirrors https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationType.html — members used by Throughline only.
package com.atlassian.applinks.api;

/** The kind of a linked application (Jira, Confluence, ...). */
public interface ApplicationType {
}
