package io.throughline.core.setting;

import io.throughline.core.common.Message;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an administrator may change about the app, each with its JSON name, its default and the rule
 * its values follow. A value equal to the default is not stored, so a later version's better default
 * reaches every installation that never changed it.
 */
public enum Setting {

    /** The host group whose members may post delivery events (besides administrators). */
    EVENT_SOURCE_GROUP("eventSourceGroup", "throughline-event-sources", Kind.GROUP,
            "throughline.setting.label.event-source-group", "throughline.setting.help.event-source-group"),

    /** The environments that count as production for the delivery figures: a Java regular expression. */
    PRODUCTION_PATTERN("productionPattern", "(?i)^(prod|production)([-_].*)?$", Kind.PATTERN,
            "throughline.setting.label.production-pattern", "throughline.setting.help.production-pattern");

    /** Longest value of any setting. */
    public static final int MAX_LENGTH = 255;

    private final String name;
    private final String defaultValue;
    private final Kind kind;
    private final String labelKey;
    private final String helpKey;

    Setting(String name, String defaultValue, Kind kind, String labelKey, String helpKey) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
    }

    /** The setting's name as people read it. */
    public Message label() {
        return Message.of(labelKey);
    }

    /** What the setting decides, in a sentence or two. */
    public Message help() {
        return Message.of(helpKey);
    }

    /** The setting's name in JSON, on the admin page and in the store. */
    public String jsonName() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<Setting> named(String name) {
        for (Setting setting : values()) {
            if (setting.name.equals(name)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** The value as it would be stored: surrounding blanks removed. */
    public String normalise(String value) {
        return value.strip();
    }

    /** What is wrong with {@code value} (already normalised) for this setting, or empty when it may be stored. */
    public Optional<Message> problem(String value) {
        if (value.isEmpty()) {
            return Optional.of(Message.of("throughline.setting.required", label()));
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(Message.of("throughline.setting.too-long", label(), value.length(), MAX_LENGTH));
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Message.of("throughline.setting.control-character", label()));
        }
        if (kind == Kind.PATTERN) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                return Optional.of(Message.of("throughline.setting.pattern.invalid", label(), e.getDescription(),
                        Math.max(0, e.getIndex()) + 1));
            }
        }
        return Optional.empty();
    }

    /** How a setting's values are checked. */
    private enum Kind {
        /** A host group name. */
        GROUP,
        /** A Java regular expression, matched against the whole text. */
        PATTERN
    }
}
