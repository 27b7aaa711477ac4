package io.throughline.jira.host;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeField;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/** Reads an initiative's fields off a Jira issue, as the provisioned issue type and fields define them. */
public final class InitiativeFields {

    public static final String ISSUE_TYPE = "Initiative";
    public static final String OWNER = "Initiative owner";
    public static final String SUCCESS_METRIC = "Success metric";
    public static final String EVIDENCE_HORIZON = "Evidence horizon";

    private final CustomFieldManager customFields;
    private final ZoneId zone;

    public InitiativeFields(CustomFieldManager customFields, ZoneId zone) {
        this.customFields = customFields;
        this.zone = zone;
    }

    public boolean isInitiative(Issue issue) {
        IssueType type = issue == null ? null : issue.getIssueType();
        return type != null && ISSUE_TYPE.equalsIgnoreCase(type.getName());
    }

    /** The initiative as the issue shows it now, in the given stage. */
    public Initiative read(Issue issue, Stage stage) {
        Optional<UserRef> owner = value(issue, OWNER)
                .filter(ApplicationUser.class::isInstance)
                .map(user -> new UserRef(((ApplicationUser) user).getKey()));
        Optional<String> metric = value(issue, SUCCESS_METRIC)
                .map(Object::toString)
                .map(text -> clamp(text, Initiative.MAX_METRIC));
        Optional<EvidenceHorizon> horizon = value(issue, EVIDENCE_HORIZON)
                .filter(Date.class::isInstance)
                .map(date -> new EvidenceHorizon(LocalDate.ofInstant(((Date) date).toInstant(), zone)));
        return new Initiative(InitiativeKey.parse(issue.getKey()), singleLine(issue.getSummary()),
                new Team(issue.getProjectObject().getKey()), stage, owner, metric, horizon);
    }

    /** The Jira field id (customfield_NNNNN) of one of the initiative fields, if provisioned. */
    public Optional<String> fieldId(InitiativeField field) {
        String name = switch (field) {
            case OWNER -> OWNER;
            case SUCCESS_METRIC -> SUCCESS_METRIC;
            case EVIDENCE_HORIZON -> EVIDENCE_HORIZON;
        };
        return field(name).map(CustomField::getId);
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        return field(fieldName).map(issue::getCustomFieldValue);
    }

    private Optional<CustomField> field(String name) {
        return customFields.getCustomFieldObjectsByName(name).stream().findFirst();
    }

    /** Jira allows what our value objects refuse (line breaks in odd imports); flatten rather than fail. */
    private static String singleLine(String summary) {
        String flat = summary == null ? "" : summary.replaceAll("\\p{Cntrl}+", " ").strip();
        return clamp(flat.isEmpty() ? "(no summary)" : flat, Initiative.MAX_SUMMARY);
    }

    private static String clamp(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
