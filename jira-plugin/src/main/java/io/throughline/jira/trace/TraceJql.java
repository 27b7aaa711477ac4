package io.throughline.jira.trace;

import com.atlassian.jira.issue.fields.CustomField;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JQL of one trace level, as one query whatever the number of keys: the query goes to Jira's
 * Java search, not into a URL, so no length limit applies (a level has at most the trace's 2,000 keys,
 * one term per key and clause; see the host API audit for the search engine's clause limit). Custom
 * fields are named by id ({@code cf[10200]}): their names can be translated, renamed or shared by two
 * fields. Ordered by key, so a truncated level is the same on every call.
 */
final class TraceJql {

    private static final String ORDER = " ORDER BY key ASC";

    private TraceJql() {
    }

    /** Issues linked to the initiative with the link type read from its side, and its Parent Link children. */
    static Optional<String> under(InitiativeKey initiative, Optional<String> linkOutward, Optional<CustomField> parentLink) {
        List<String> clauses = new ArrayList<>();
        linkOutward.ifPresent(words -> clauses.add("issue in linkedIssues(" + quote(initiative.value()) + ", "
                + quote(words) + ")"));
        parentLink.ifPresent(field -> clauses.add(field(field) + " = " + quote(initiative.value())));
        return query(clauses);
    }

    /** Sub-tasks of the parents, the issues of those that are epics, and their Parent Link children. */
    static Optional<String> childrenOf(Collection<InitiativeKey> parents, Optional<CustomField> epicLink,
                                       Optional<CustomField> parentLink) {
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        String keys = keyList(parents);
        List<String> clauses = new ArrayList<>();
        clauses.add("parent in " + keys);
        epicLink.ifPresent(field -> clauses.add(field(field) + " in " + keys));
        parentLink.ifPresent(field -> clauses.add(field(field) + " in " + keys));
        return query(clauses);
    }

    /** The issues with these keys (a moved issue is found by its earlier keys too), for the walk up. */
    static Optional<String> keys(Collection<InitiativeKey> issues) {
        return issues.isEmpty() ? Optional.empty() : Optional.of("key in " + keyList(issues) + ORDER);
    }

    private static String keyList(Collection<InitiativeKey> keys) {
        return keys.stream().map(key -> quote(key.value())).distinct().collect(Collectors.joining(", ", "(", ")"));
    }

    private static Optional<String> query(List<String> clauses) {
        return clauses.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", clauses) + ORDER);
    }

    private static String field(CustomField field) {
        return "cf[" + field.getIdAsLong() + "]";
    }

    /** A JQL string literal: inside double quotes, a quote and a backslash are escaped with a backslash. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
