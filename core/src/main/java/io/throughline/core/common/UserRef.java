package io.throughline.core.common;

/** A host user, by the stable key the host uses for it (Jira's user key, not the display name). */
public record UserRef(String key) {

    public static final int MAX_LENGTH = 255;

    public UserRef {
        key = Texts.requireLine(key, "user key", MAX_LENGTH);
    }

    public static UserRef of(String key) {
        return new UserRef(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
