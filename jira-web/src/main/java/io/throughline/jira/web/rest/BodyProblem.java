package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.jira.web.json.DependencyRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a request body the JSON binding could not read, said the way a person can fix
 * it: which field holds the wrong kind of value, which field is unknown, or where the JSON breaks.
 * The host brings its own JSON library (Jackson 2 in Jira and the preview), so its exceptions are
 * read by their public accessors by name ({@code getPath()}, {@code getFieldName()},
 * {@code getLocation()}), never by type; a library without them gets the general message.
 */
final class BodyProblem {

    private static final Messages CORE = Messages.english();
    /** JSON names that differ from the core's field names. */
    private static final Map<String, String> CORE_NAMES =
            Map.of(DependencyRequest.PROVIDER_ISSUE_KEY, DependencyForm.PROVIDER_ISSUE);

    private BodyProblem() {
    }

    /**
     * The field errors for an unreadable body (field {@code ""} when the problem is the body as a
     * whole), or empty when nothing more specific than "bad body" is known.
     */
    static Optional<List<FieldError>> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            Optional<String> field = firstField(cause);
            if (field.isPresent()) {
                String name = field.get();
                String key = type.contains("UnrecognizedProperty") || type.contains("IgnoredProperty")
                        ? "throughline.web.error.body.unknown-field"
                        : "throughline.web.error.body.field-type";
                return Optional.of(List.of(new FieldError(name, Message.of(key, label(name), name))));
            }
            if (type.contains("MismatchedInput")) {
                return Optional.of(List.of(new FieldError("", Message.of("throughline.web.error.body.not-object"))));
            }
            Optional<long[]> where = location(cause);
            if (where.isPresent()) {
                return Optional.of(List.of(new FieldError("", Message.of("throughline.web.error.body.not-json",
                        where.get()[0], where.get()[1]))));
            }
        }
        return Optional.empty();
    }

    /** The field's label where the core names it, else its JSON name as sent. */
    static Object label(String field) {
        Message label = FieldErrors.label(CORE_NAMES.getOrDefault(field, field));
        return CORE.has(label.key()) ? label : field;
    }

    /** The top-level JSON property a mapping failure is about (Jackson's reference chain). */
    private static Optional<String> firstField(Throwable cause) {
        Object path = call(cause, "getPath");
        if (!(path instanceof List<?> references) || references.isEmpty()) {
            return Optional.empty();
        }
        Object name = call(references.get(0), "getFieldName");
        return name instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** Line and column of a syntax error, when the library says where it is. */
    private static Optional<long[]> location(Throwable cause) {
        Object location = call(cause, "getLocation");
        if (location == null) {
            return Optional.empty();
        }
        Object line = call(location, "getLineNr");
        Object column = call(location, "getColumnNr");
        if (line instanceof Number l && column instanceof Number c && l.longValue() > 0) {
            return Optional.of(new long[] {l.longValue(), c.longValue()});
        }
        return Optional.empty();
    }

    private static Object call(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            return method.getParameterCount() == 0 ? method.invoke(target) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
