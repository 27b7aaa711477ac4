// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/Project.html — members used by Throughline only.
package com.atlassian.jira.project;

/** Jira project. */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
