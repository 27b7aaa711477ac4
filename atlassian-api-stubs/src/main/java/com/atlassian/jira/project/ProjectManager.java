// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/ProjectManager.html — members used by Throughline only.
package com.atlassian.jira.project;

import java.util.List;

/** Looks projects up. */
public interface ProjectManager {
    List<Project> getProjectObjects();

    Project getProjectObjByKey(String projectKey);
}
