package io.throughline.jira.web.json;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.Texts;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.ShippedChange;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CDEvents (JSON structured form, spec 0.3 to 0.5), one object or an array, as the host's JSON
 * binding parsed them (maps, lists, strings, numbers, booleans). Each event is valid, ignored (a
 * CDEvents type the app does not use) or rejected with every problem named by its field path
 * ({@code context.timestamp}, {@code customData.issueKeys[2]}). Nothing here stores anything.
 */
public final class CdEventsReader {

    public static final int MAX_EVENTS = 1_000;

    /** {@code dev.cdevents.<subject>.<predicate>}, optionally followed by the type's own version. */
    private static final Pattern TYPE = Pattern.compile("dev\\.cdevents\\.([a-zA-Z]+)\\.([a-zA-Z]+)(\\.[0-9][0-9A-Za-z.+-]*)?");
    private static final Pattern SPEC = Pattern.compile("0\\.[345](\\.[0-9]+)?(-[0-9A-Za-z.-]+)?");
    /** How far ahead of the server's clock a timestamp may be (clocks differ). */
    private static final Duration AHEAD = Duration.ofMinutes(10);

    /** One event of the batch: valid (with the event), ignored, or rejected (with its problems). */
    public record Read(int index, Optional<DeliveryEvent> event, boolean ignored, List<FieldError> errors) {
    }

    private final Instant now;

    public CdEventsReader(Instant now) {
        this.now = now;
    }

    /** The events of a body: an object is one event, an array is a batch; anything else is none. */
    public static List<Object> events(Object body) {
        if (body instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return body == null ? List.of() : List.of(body);
    }

    public Read read(int index, Object raw) {
        List<FieldError> errors = new ArrayList<>();
        if (!(raw instanceof Map<?, ?> event)) {
            errors.add(error("", "throughline.web.events.not-an-object"));
            return new Read(index, Optional.empty(), false, errors);
        }
        Map<?, ?> context = object(event, "context", "context", errors, true);
        Map<?, ?> subject = object(event, "subject", "subject", errors, true);
        if (context == null || subject == null) {
            return new Read(index, Optional.empty(), false, errors);
        }
        String id = line(context, "id", "context.id", EventKey.MAX_LENGTH, errors, true);
        String source = line(context, "source", "context.source", EventKey.MAX_LENGTH, errors, true);
        spec(context, errors);
        Instant at = timestamp(context.get("timestamp"), "context.timestamp", errors);
        String type = line(context, "type", "context.type", 255, errors, true);
        String kind = null;
        if (type != null) {
            Matcher matcher = TYPE.matcher(type);
            if (!matcher.matches()) {
                errors.add(error("context.type", "throughline.web.events.type", type));
            } else {
                kind = matcher.group(1).toLowerCase(Locale.ROOT) + "." + matcher.group(2).toLowerCase(Locale.ROOT);
            }
        }
        boolean known = kind != null && switch (kind) {
            case "service.deployed", "service.upgraded", "service.rolledback", "incident.detected",
                 "incident.reported", "incident.resolved" -> true;
            default -> false;
        };
        if (kind != null && !known && errors.isEmpty()) {
            return new Read(index, Optional.empty(), true, List.of());
        }
        String subjectId = line(subject, "id", "subject.id", DeliveryEvent.MAX_NAME, errors, true);
        Map<?, ?> content = object(subject, "content", "subject.content", errors, false);
        boolean resolved = "incident.resolved".equals(kind);
        String environment = nestedId(content, "environment", "subject.content.environment.id", errors, !resolved);
        String service = kind != null && kind.startsWith("incident.")
                ? nestedId(content, "service", "subject.content.service.id", errors, false) : null;
        Map<?, ?> custom = object(event, "customData", "customData", errors, false);
        boolean deployment = "service.deployed".equals(kind) || "service.upgraded".equals(kind);
        boolean opened = "incident.detected".equals(kind) || "incident.reported".equals(kind);
        Set<InitiativeKey> issueKeys = Set.of();
        List<ShippedChange> changes = List.of();
        boolean unplanned = false;
        Set<String> fixes = Set.of();
        String causedBy = null;
        if (custom != null) {
            onlyOn(custom, deployment, errors, "issueKeys", "changes", "unplanned", "fixes");
            onlyOn(custom, opened, errors, "causedBy");
            if (deployment) {
                issueKeys = keys(custom.get("issueKeys"), "customData.issueKeys", errors);
                changes = changes(custom.get("changes"), errors);
                unplanned = flag(custom.get("unplanned"), "customData.unplanned", errors);
                fixes = new HashSet<>(lines(custom.get("fixes"), "customData.fixes", DeliveryEvent.MAX_NAME, errors));
            }
            if (opened) {
                causedBy = line(custom, "causedBy", "customData.causedBy", EventKey.MAX_LENGTH, errors, false);
            }
        }
        if (!errors.isEmpty() || kind == null) {
            return new Read(index, Optional.empty(), false, errors);
        }
        EventKey key = new EventKey(source, id);
        DeliveryEvent built = switch (kind) {
            case "service.deployed", "service.upgraded" -> DeliveryEvent.deployment(key, at, subjectId, environment,
                    issueKeys, changes, unplanned, fixes);
            case "service.rolledback" -> DeliveryEvent.rollback(key, at, subjectId, environment);
            case "incident.resolved" -> DeliveryEvent.incidentResolved(key, at, subjectId, Optional.ofNullable(environment));
            default -> DeliveryEvent.incidentOpened(key, at, subjectId, environment, Optional.ofNullable(service),
                    Optional.ofNullable(causedBy));
        };
        return new Read(index, Optional.of(built), false, List.of());
    }

    /** The spec version, {@code specversion} from 0.4 on, {@code version} in 0.3. */
    private static void spec(Map<?, ?> context, List<FieldError> errors) {
        String field = context.containsKey("specversion") ? "specversion" : "version";
        Object value = context.get(field);
        if (value == null) {
            errors.add(error("context.specversion", "throughline.web.events.required"));
        } else if (!(value instanceof String text) || !SPEC.matcher(text.strip()).matches()) {
            errors.add(error("context." + field, "throughline.web.events.spec", String.valueOf(value)));
        }
    }

    private Instant timestamp(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(error(field, "throughline.web.events.required"));
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(error(field, "throughline.web.events.timestamp", String.valueOf(value)));
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            if (at.isAfter(now.plus(AHEAD))) {
                errors.add(error(field, "throughline.web.events.timestamp-future", text.strip()));
                return null;
            }
            if (at.isBefore(Instant.EPOCH)) {
                errors.add(error(field, "throughline.web.events.timestamp", text.strip()));
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(error(field, "throughline.web.events.timestamp", text.strip()));
            return null;
        }
    }

    private static Map<?, ?> object(Map<?, ?> parent, String name, String field, List<FieldError> errors,
                                    boolean required) {
        Object value = parent.get(name);
        if (value == null) {
            if (required) {
                errors.add(error(field, "throughline.web.events.required"));
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> object)) {
            errors.add(error(field, "throughline.web.events.not-an-object"));
            return null;
        }
        return object;
    }

    private static String nestedId(Map<?, ?> content, String name, String field, List<FieldError> errors,
                                   boolean required) {
        Object holder = content == null ? null : content.get(name);
        if (holder == null) {
            if (required) {
                errors.add(error(field, "throughline.web.events.required"));
            }
            return null;
        }
        if (!(holder instanceof Map<?, ?> object)) {
            errors.add(error(field.substring(0, field.length() - 3), "throughline.web.events.not-an-object"));
            return null;
        }
        return line(object, "id", field, DeliveryEvent.MAX_NAME, errors, required);
    }

    private static String line(Map<?, ?> parent, String name, String field, int max, List<FieldError> errors,
                               boolean required) {
        return text(parent.get(name), field, max, errors, required);
    }

    private static String text(Object value, String field, int max, List<FieldError> errors, boolean required) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            if (required) {
                errors.add(error(field, "throughline.web.events.required"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(error(field, "throughline.web.events.not-text", String.valueOf(value)));
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max || !Texts.isPlainLine(stripped)) {
            errors.add(error(field, "throughline.web.events.bad-text", max));
            return null;
        }
        return stripped;
    }

    private static boolean flag(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean yes)) {
            errors.add(error(field, "throughline.web.events.not-boolean", String.valueOf(value)));
            return false;
        }
        return yes;
    }

    private static List<String> lines(Object value, String field, int max, List<FieldError> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.add(error(field, "throughline.web.events.not-a-list"));
            return List.of();
        }
        if (list.size() > DeliveryEvent.MAX_KEYS) {
            errors.add(error(field, "throughline.web.events.too-many", list.size(), DeliveryEvent.MAX_KEYS));
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String line = text(list.get(i), field + "[" + i + "]", max, errors, true);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Set<InitiativeKey> keys(Object value, String field, List<FieldError> errors) {
        Set<InitiativeKey> keys = new HashSet<>();
        if (value == null) {
            return keys;
        }
        if (!(value instanceof List<?> list)) {
            errors.add(error(field, "throughline.web.events.not-a-list"));
            return keys;
        }
        if (list.size() > DeliveryEvent.MAX_KEYS) {
            errors.add(error(field, "throughline.web.events.too-many", list.size(), DeliveryEvent.MAX_KEYS));
            return keys;
        }
        for (int i = 0; i < list.size(); i++) {
            String line = text(list.get(i), field + "[" + i + "]", 255, errors, true);
            if (line == null) {
                continue;
            }
            if (InitiativeKey.isValid(line)) {
                keys.add(InitiativeKey.parse(line));
            } else {
                errors.add(error(field + "[" + i + "]", "throughline.web.events.issue-key", line));
            }
        }
        return keys;
    }

    private List<ShippedChange> changes(Object value, List<FieldError> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.add(error("customData.changes", "throughline.web.events.not-a-list"));
            return List.of();
        }
        if (list.size() > DeliveryEvent.MAX_CHANGES) {
            errors.add(error("customData.changes", "throughline.web.events.too-many", list.size(),
                    DeliveryEvent.MAX_CHANGES));
            return List.of();
        }
        List<ShippedChange> changes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "customData.changes[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> change)) {
                errors.add(error(field, "throughline.web.events.not-an-object"));
                continue;
            }
            int before = errors.size();
            String id = line(change, "id", field + ".id", EventKey.MAX_LENGTH, errors, true);
            Instant created = timestamp(change.get("createdAt"), field + ".createdAt", errors);
            Set<InitiativeKey> keys = keys(change.get("issueKeys"), field + ".issueKeys", errors);
            if (errors.size() == before) {
                changes.add(new ShippedChange(id, created, keys));
            }
        }
        return changes;
    }

    /** Fields of {@code customData} that only some types carry. */
    private static void onlyOn(Map<?, ?> custom, boolean allowed, List<FieldError> errors, String... names) {
        if (allowed) {
            return;
        }
        for (String name : names) {
            if (custom.get(name) != null) {
                errors.add(error("customData." + name, "throughline.web.events.not-for-type"));
            }
        }
    }

    private static FieldError error(String field, String key, Object... args) {
        return new FieldError(field, Message.of(key, args));
    }
}
