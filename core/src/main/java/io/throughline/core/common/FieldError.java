package io.throughline.core.common;

import java.util.Objects;

/** What is wrong with one input field, named as the caller named it (e.g. {@code observedOn}). */
public record FieldError(String field, Message message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
