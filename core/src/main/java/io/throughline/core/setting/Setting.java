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
            "throughline.setting.label.production-pattern", "throughline.setting.help.production-pattern"),

    /** STALLED: days without movement in the trace of a DELIVERING initiative. */
    STALLED_DAYS("stalledDays", 14, 1, 365, "throughline.setting.label.stalled-days",
            "throughline.setting.help.stalled-days"),

    /** NOT_STARTED: days COMMITTED with nothing of the trace started. */
    NOT_STARTED_DAYS("notStartedDays", 14, 1, 365, "throughline.setting.label.not-started-days",
            "throughline.setting.help.not-started-days"),

    /** MOSTLY_DONE: the share done from which a trace is "mostly done". */
    MOSTLY_DONE_PERCENT("mostlyDonePercent", 80, 1, 99, "throughline.setting.label.mostly-done-percent",
            "throughline.setting.help.mostly-done-percent"),

    /** MOSTLY_DONE: weekly snapshots in a row at that share and not finished. */
    MOSTLY_DONE_WEEKS("mostlyDoneWeeks", 3, 2, 26, "throughline.setting.label.mostly-done-weeks",
            "throughline.setting.help.mostly-done-weeks"),

    /** STAGE_CONTRADICTS_TRACE: days DELIVERING with every item done. */
    CONTRADICTION_DAYS("contradictionDays", 7, 1, 365, "throughline.setting.label.contradiction-days",
            "throughline.setting.help.contradiction-days"),

    /** SPEED_BORROWED: the length of the window compared with the one before it. */
    SPEED_WINDOW_DAYS("speedWindowDays", 30, 7, 180, "throughline.setting.label.speed-window-days",
            "throughline.setting.help.speed-window-days"),

    /** OUTPUT_WITHOUT_OUTCOME: production deployments that make "output". */
    OUTPUT_DEPLOYMENTS("outputDeployments", 4, 1, 10_000, "throughline.setting.label.output-deployments",
            "throughline.setting.help.output-deployments"),

    /** OUTPUT_WITHOUT_OUTCOME: the days those deployments are counted over. */
    OUTPUT_DAYS("outputDays", 30, 7, 365, "throughline.setting.label.output-days",
            "throughline.setting.help.output-days"),

    /** OUTPUT_WITHOUT_OUTCOME: the days in which a reading must move toward the target. */
    OUTCOME_DAYS("outcomeDays", 60, 7, 365, "throughline.setting.label.outcome-days",
            "throughline.setting.help.outcome-days"),

    /** EVIDENCE_STALE: days without new evidence while DELIVERING or SHIPPED. */
    EVIDENCE_STALE_DAYS("evidenceStaleDays", 30, 1, 365, "throughline.setting.label.evidence-stale-days",
            "throughline.setting.help.evidence-stale-days"),

    /** COORDINATION_DEBT: weeks in a row the median acknowledgement latency of a team's requests grew. */
    COORDINATION_WEEKS("coordinationWeeks", 4, 2, 12, "throughline.setting.label.coordination-weeks",
            "throughline.setting.help.coordination-weeks");

    /** Longest value of any setting. */
    public static final int MAX_LENGTH = 255;

    private final String name;
    private final String defaultValue;
    private final Kind kind;
    private final String labelKey;
    private final String helpKey;
    private final int min;
    private final int max;

    Setting(String name, String defaultValue, Kind kind, String labelKey, String helpKey) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
        this.min = 0;
        this.max = 0;
    }

    /** A whole number from {@code min} to {@code max}. */
    Setting(String name, int defaultValue, int min, int max, String labelKey, String helpKey) {
        this.name = name;
        this.defaultValue = String.valueOf(defaultValue);
        this.kind = Kind.WHOLE_NUMBER;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
        this.min = min;
        this.max = max;
    }

    /** Whether the setting is a whole number (a threshold). */
    public boolean isNumber() {
        return kind == Kind.WHOLE_NUMBER;
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
        if (kind == Kind.WHOLE_NUMBER) {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return Optional.of(Message.of("throughline.setting.number.not-a-number", label(), value, min, max));
            }
            if (number < min || number > max) {
                return Optional.of(Message.of("throughline.setting.number.range", label(), number, min, max));
            }
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
        PATTERN,
        /** A whole number within the setting's range. */
        WHOLE_NUMBER
    }
}
