package io.throughline.core.setting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The app's settings as stored at one version: the administrator's overrides, every other setting
 * at its default. Version 0 is an installation where nobody has saved settings yet.
 */
public record AppSettings(Map<Setting, String> overrides, long version) {

    /** Every setting at its default. */
    public static final AppSettings DEFAULTS = new AppSettings(Map.of(), 0);

    public AppSettings {
        Objects.requireNonNull(overrides, "overrides");
        EnumMap<Setting, String> copy = new EnumMap<>(Setting.class);
        copy.putAll(overrides);
        overrides = java.util.Collections.unmodifiableMap(copy);
    }

    public String value(Setting setting) {
        return overrides.getOrDefault(setting, setting.defaultValue());
    }

    public boolean overridden(Setting setting) {
        return overrides.containsKey(setting);
    }

    /** Who besides administrators may post delivery events. */
    public String eventSourceGroup() {
        return value(Setting.EVENT_SOURCE_GROUP);
    }

    /** A whole-number setting (a threshold); a stored value that no longer parses reads as the default. */
    public int number(Setting setting) {
        if (!setting.isNumber()) {
            throw new IllegalArgumentException(setting + " is not a number");
        }
        try {
            return Integer.parseInt(value(setting));
        } catch (NumberFormatException e) {
            return Integer.parseInt(setting.defaultValue());
        }
    }

    /**
     * Which environments are production. A stored value is checked when saved; one that no longer
     * compiles (written around this class) falls back to the default rather than stopping the figures.
     */
    public Pattern productionPattern() {
        try {
            return Pattern.compile(value(Setting.PRODUCTION_PATTERN));
        } catch (PatternSyntaxException e) {
            return Pattern.compile(Setting.PRODUCTION_PATTERN.defaultValue());
        }
    }
}
