package io.throughline.jira.trace;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The custom fields the trace reads where the instance has them, found by their type key (names are
 * translated and renamed; type keys are not): Jira Software's Epic Link, Advanced Roadmaps' Parent
 * Link and the story points estimate. None is required. Read fresh on every call: an admin may add
 * or remove them at any time, and Jira caches its field list.
 */
record TraceFields(Optional<CustomField> epicLink, Optional<CustomField> parentLink, Optional<CustomField> points) {

    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    static final String PARENT_LINK_TYPE = "com.atlassian.jpo:jpo-custom-field-parent";
    /** Jira Software's own estimate type (what Cloud and newer instances use for "Story point estimate"). */
    static final String STORY_POINTS_TYPE = "com.pyxis.greenhopper.jira:jsw-story-points";
    /** Jira Software on Data Center creates "Story Points" as a plain number field. */
    static final String NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final Set<String> STORY_POINTS_NAMES = Set.of("story points", "story point estimate");

    static TraceFields of(CustomFieldManager customFields) {
        List<CustomField> all = customFields.getCustomFieldObjects().stream()
                .sorted(Comparator.comparing(CustomField::getIdAsLong, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Optional<CustomField> points = first(all, STORY_POINTS_TYPE)
                .or(() -> all.stream().filter(field -> NUMBER_TYPE.equals(typeKey(field)) && hasStoryPointsName(field))
                        .findFirst());
        return new TraceFields(first(all, EPIC_LINK_TYPE), first(all, PARENT_LINK_TYPE), points);
    }

    private static Optional<CustomField> first(List<CustomField> fields, String typeKey) {
        return fields.stream().filter(field -> typeKey.equals(typeKey(field))).findFirst();
    }

    private static boolean hasStoryPointsName(CustomField field) {
        String name = field.getName();
        return name != null && STORY_POINTS_NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A field whose type plugin is disabled has no type (Jira returns null): it is not one of ours. */
    private static String typeKey(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type == null ? null : type.getKey();
    }
}
