package io.throughline.core.gate;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.InitiativeField;
import java.util.Objects;
import java.util.Optional;

/** One thing a gate found missing: which policy, which field if any, and what to do about it. */
public record Violation(PolicyId policy, Optional<InitiativeField> field, Message message) {

    public Violation {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static Violation of(PolicyId policy, InitiativeField field, String key, Object... args) {
        return new Violation(policy, Optional.of(field), Message.of(key, args));
    }

    public static Violation general(PolicyId policy, String key, Object... args) {
        return new Violation(policy, Optional.empty(), Message.of(key, args));
    }
}
