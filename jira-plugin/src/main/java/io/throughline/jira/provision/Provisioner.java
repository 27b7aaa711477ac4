package io.throughline.jira.provision;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.throughline.jira.host.InitiativeFields;
import io.throughline.jira.trace.DeliveryLinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Creates the Initiative issue type and its three custom fields, scoped to that type, and the issue
 * link type of the delivery trace, unless they exist. Safe to run again and on several cluster nodes
 * at once: a cluster lock serialises runs and everything is looked up by name before it is created.
 */
public final class Provisioner {

    static final String LOCK = "io.throughline.jira.provisioning";
    private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /** One field to provision: name, description, type and searcher keys. */
    record FieldSpec(String name, String description, String type, String searcher) {
    }

    static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec(InitiativeFields.OWNER, "The one person accountable for the initiative's outcome.",
                    TYPES + "userpicker", TYPES + "userpickergroupsearcher"),
            new FieldSpec(InitiativeFields.SUCCESS_METRIC,
                    "What will move and by how much, e.g. Activation rate: 22% -> 30%.",
                    TYPES + "textarea", TYPES + "textsearcher"),
            new FieldSpec(InitiativeFields.EVIDENCE_HORIZON, "The date by which the metric must show movement.",
                    TYPES + "datepicker", TYPES + "daterange"));

    private final IssueTypeManager issueTypes;
    private final AvatarManager avatars;
    private final CustomFieldManager customFields;
    private final IssueLinkTypeManager linkTypes;
    private final ClusterLockService locks;

    public Provisioner(IssueTypeManager issueTypes, AvatarManager avatars, CustomFieldManager customFields,
                       IssueLinkTypeManager linkTypes, ClusterLockService locks) {
        this.issueTypes = issueTypes;
        this.avatars = avatars;
        this.customFields = customFields;
        this.linkTypes = linkTypes;
        this.locks = locks;
    }

    public ProvisioningReport provision() {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            List<String> created = new ArrayList<>();
            List<String> existing = new ArrayList<>();
            Optional<IssueType> found = issueTypes.getIssueTypes().stream()
                    .filter(type -> InitiativeFields.ISSUE_TYPE.equalsIgnoreCase(type.getName()))
                    .findFirst();
            IssueType initiative = found.orElseGet(this::createIssueType);
            (found.isPresent() ? existing : created).add("issue type " + InitiativeFields.ISSUE_TYPE);
            for (FieldSpec field : FIELDS) {
                if (customFields.getCustomFieldObjectsByName(field.name()).isEmpty()) {
                    create(field, initiative);
                    created.add("field " + field.name());
                } else {
                    existing.add("field " + field.name());
                }
            }
            if (DeliveryLinkType.find(linkTypes).isPresent()) {
                existing.add("link type " + DeliveryLinkType.NAME);
            } else {
                // A user link type has no style (Jira's own link type service passes null; styles mark system links).
                linkTypes.createIssueLinkType(DeliveryLinkType.NAME, DeliveryLinkType.OUTWARD, DeliveryLinkType.INWARD, null);
                created.add("link type " + DeliveryLinkType.NAME);
            }
            return new ProvisioningReport(created, existing);
        } finally {
            lock.unlock();
        }
    }

    /** Jira refuses a null avatar id, so the type gets Jira's default issue-type avatar (admins may change it). */
    private IssueType createIssueType() {
        Long avatar = avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        if (avatar == null) {
            throw new IllegalStateException("Jira has no default issue-type avatar, so the "
                    + InitiativeFields.ISSUE_TYPE + " issue type cannot be created");
        }
        return issueTypes.createIssueType(InitiativeFields.ISSUE_TYPE,
                "A strategic bet with an owner, a success metric and an evidence horizon (Throughline).", avatar);
    }

    private void create(FieldSpec field, IssueType initiative) {
        List<JiraContextNode> everywhere = List.of(GlobalIssueContext.getInstance());
        try {
            customFields.createCustomField(field.name(), field.description(),
                    customFields.getCustomFieldType(field.type()), customFields.getCustomFieldSearcher(field.searcher()),
                    everywhere, List.of(initiative));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the field " + field.name(), e);
        }
    }
}
