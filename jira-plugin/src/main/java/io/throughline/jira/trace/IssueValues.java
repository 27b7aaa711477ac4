package io.throughline.jira.trace;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Reads what the trace needs off a Jira issue, forgiving of values it cannot use (they count as absent). */
final class IssueValues {

    private IssueValues() {
    }

    /**
     * The issue key a reference field holds. Epic Link holds the epic as an {@link Issue}; Advanced
     * Roadmaps does not document the class of a Parent Link value, so besides an issue this accepts any
     * value with a public {@code getKey()} returning a key, or whose text is a key.
     */
    static Optional<InitiativeKey> keyIn(Issue issue, Optional<CustomField> field) {
        Object value = field.map(issue::getCustomFieldValue).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Issue referenced) {
            return key(referenced.getKey());
        }
        return key(publicKey(value)).or(() -> key(value.toString()));
    }

    /** The estimate, when the field holds a number that is not negative. */
    static Optional<BigDecimal> points(Issue issue, Optional<CustomField> field) {
        Object value = field.map(issue::getCustomFieldValue).orElse(null);
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue()) || number.doubleValue() < 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(number.doubleValue()));
    }

    static Optional<InitiativeKey> key(String text) {
        return text != null && InitiativeKey.isValid(text) ? Optional.of(InitiativeKey.parse(text)) : Optional.empty();
    }

    static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static String publicKey(Object value) {
        try {
            Object key = value.getClass().getMethod("getKey").invoke(value);
            return key instanceof String text ? text : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
