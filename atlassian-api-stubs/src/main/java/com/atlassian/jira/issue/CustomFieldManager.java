// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/CustomFieldManager.html — members used by Throughline only.
// getCustomFieldObjects() : List<CustomField> as in Jira's interface source ("Returns all custom fields"), and as
// codescape/jira-scrum-poker calls it against Jira 10.x/11 (filtering by getCustomFieldType().getKey()).
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/** Creates and finds custom fields; raw generic types as in Jira's own signatures. */
@SuppressWarnings("rawtypes")
public interface CustomFieldManager {
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomField getCustomFieldObject(String id);

    /** Every custom field of the instance. */
    List<CustomField> getCustomFieldObjects();

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
