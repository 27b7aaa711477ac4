// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/changehistory/ChangeHistory.html — members used by Throughline only.
// A @PublicApi class (7.3.4 Javadoc lists the same getters); built by Jira from the changegroup row.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/** One change group: when, to which issue, and the field changes it made. */
public class ChangeHistory {
    private ChangeHistory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getIssueId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
