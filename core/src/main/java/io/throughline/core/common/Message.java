package io.throughline.core.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing message as an i18n key plus arguments; hosts translate it in the user's language.
 * An argument may itself be a message (a field's label, say), translated before it is placed.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        if (!key.startsWith("throughline.")) {
            throw new IllegalArgumentException("message keys live under 'throughline.': " + key);
        }
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long
                    || arg instanceof BigDecimal || arg instanceof LocalDate || arg instanceof Message)) {
                throw new IllegalArgumentException("message argument of unsupported type: " + arg.getClass());
            }
        }
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
