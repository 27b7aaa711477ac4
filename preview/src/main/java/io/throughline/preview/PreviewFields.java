package io.throughline.preview;

import io.throughline.core.initiative.InitiativeField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom fields Jira would hold after provisioning, as the preview names them: the names the Jira
 * app provisions (its {@code InitiativeFields}) with fixed ids, and a few system fields beside them.
 */
final class PreviewFields {

    static final String OWNER = "customfield_10100";
    static final String SUCCESS_METRIC = "customfield_10101";
    static final String EVIDENCE_HORIZON = "customfield_10102";

    /** One entry of {@code GET /rest/api/2/field}, in Jira's shape. */
    record Field(String id, String name, boolean custom, boolean orderable, boolean navigable, boolean searchable,
                 List<String> clauseNames, Map<String, Object> schema) {
    }

    private PreviewFields() {
    }

    static List<Field> all() {
        return List.of(
                system("summary", "Summary", "string"),
                system("project", "Project", "project"),
                system("issuetype", "Issue Type", "issuetype"),
                system("status", "Status", "status"),
                custom(OWNER, "Initiative owner", "user", "userpicker"),
                custom(SUCCESS_METRIC, "Success metric", "string", "textarea"),
                custom(EVIDENCE_HORIZON, "Evidence horizon", "date", "datepicker"));
    }

    /** The Jira field id a gate violation about this initiative field goes next to. */
    static Optional<String> idOf(InitiativeField field) {
        return Optional.of(switch (field) {
            case OWNER -> OWNER;
            case SUCCESS_METRIC -> SUCCESS_METRIC;
            case EVIDENCE_HORIZON -> EVIDENCE_HORIZON;
        });
    }

    private static Field system(String id, String name, String type) {
        return new Field(id, name, false, true, true, true, List.of(id), Map.of("type", type, "system", id));
    }

    private static Field custom(String id, String name, String type, String customType) {
        String number = id.substring(id.indexOf('_') + 1);
        return new Field(id, name, true, true, true, true, List.of("cf[" + number + "]", name),
                Map.of("type", type, "custom", "com.atlassian.jira.plugin.system.customfieldtypes:" + customType,
                        "customId", Long.parseLong(number)));
    }
}
