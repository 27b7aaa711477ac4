package io.throughline.jira;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.jira.host.InitiativeFields;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Mockito stand-ins for Jira issues with Throughline's three custom fields, for adapter tests. */
public final class JiraIssues {

    public static final String OWNER_FIELD = "customfield_10100";
    public static final String METRIC_FIELD = "customfield_10101";
    public static final String HORIZON_FIELD = "customfield_10102";

    public final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField owner = field(OWNER_FIELD, InitiativeFields.OWNER);
    private final CustomField metric = field(METRIC_FIELD, InitiativeFields.SUCCESS_METRIC);
    private final CustomField horizon = field(HORIZON_FIELD, InitiativeFields.EVIDENCE_HORIZON);

    public InitiativeFields fields() {
        return new InitiativeFields(customFields, ZoneOffset.UTC);
    }

    /** An issue of the given type in project GROW, status "To Do", with the given field values. */
    public MutableIssue issue(String key, String typeName, String ownerKey, String metricText, LocalDate horizonDate) {
        MutableIssue issue = mock(MutableIssue.class);
        IssueType type = mock(IssueType.class);
        lenient().when(type.getName()).thenReturn(typeName);
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        Status status = mock(Status.class);
        lenient().when(status.getName()).thenReturn("To Do");
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Activation onboarding");
        lenient().when(issue.getIssueType()).thenReturn(type);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getStatus()).thenReturn(status);
        var ownerValue = ownerKey == null ? null : user(ownerKey);
        lenient().when(issue.getCustomFieldValue(owner)).thenReturn(ownerValue);
        lenient().when(issue.getCustomFieldValue(metric)).thenReturn(metricText);
        lenient().when(issue.getCustomFieldValue(horizon)).thenReturn(horizonDate == null ? null
                : Timestamp.valueOf(horizonDate.atStartOfDay()));
        return issue;
    }

    public MutableIssue initiative(String key, String ownerKey, String metricText, LocalDate horizonDate) {
        return issue(key, InitiativeFields.ISSUE_TYPE, ownerKey, metricText, horizonDate);
    }

    public static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getKey()).thenReturn(key);
        lenient().when(user.getUsername()).thenReturn(key);
        return user;
    }

    private CustomField field(String id, String name) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        lenient().when(customFields.getCustomFieldObjectsByName(name)).thenReturn(List.of(field));
        return field;
    }
}
