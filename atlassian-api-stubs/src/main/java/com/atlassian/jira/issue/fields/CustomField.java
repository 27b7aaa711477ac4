// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html — members used by Throughline only.
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

/** A custom field definition. */
public interface CustomField {
    String getId();

    String getName();

    Long getIdAsLong();

    List<IssueType> getAssociatedIssueTypes();

    /** The field's type, whose key says what kind of field it is; null when its type's plugin is missing (interface source). */
    CustomFieldType<?, ?> getCustomFieldType();
}
