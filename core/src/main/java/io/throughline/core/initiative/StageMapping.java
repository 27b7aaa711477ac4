package io.throughline.core.initiative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which stage a workflow status means. Common status names map by default (case-insensitive);
 * an admin's overrides win over the defaults. A status that maps to nothing leaves the stage alone.
 */
public record StageMapping(Map<String, Stage> overrides) {

    private static final Map<String, Stage> DEFAULTS = defaults();

    public StageMapping {
        Map<String, Stage> normalised = new LinkedHashMap<>();
        overrides.forEach((status, stage) -> normalised.put(normalise(status), stage));
        overrides = Collections.unmodifiableMap(normalised);
    }

    public static StageMapping withDefaultsOnly() {
        return new StageMapping(Map.of());
    }

    public Optional<Stage> stageFor(String statusName) {
        if (statusName == null || statusName.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(statusName);
        return Optional.ofNullable(overrides.getOrDefault(key, DEFAULTS.get(key)));
    }

    /** The defaults by status name, for the admin guide and the admin REST answer. */
    public static Map<String, Stage> defaultsByStatusName() {
        return DEFAULTS;
    }

    /** Status names are compared trimmed and case-insensitively, as people type them. */
    public static String normalise(String statusName) {
        return statusName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Stage> defaults() {
        Map<String, Stage> map = new LinkedHashMap<>();
        for (String status : new String[] {"bet", "to do", "open", "backlog", "idea", "proposed"}) {
            map.put(status, Stage.BET);
        }
        for (String status : new String[] {"committed", "selected for development", "planned"}) {
            map.put(status, Stage.COMMITTED);
        }
        for (String status : new String[] {"delivering", "in progress", "in development", "in review"}) {
            map.put(status, Stage.DELIVERING);
        }
        for (String status : new String[] {"shipped", "done", "released"}) {
            map.put(status, Stage.SHIPPED);
        }
        map.put("validated", Stage.VALIDATED);
        map.put("invalidated", Stage.INVALIDATED);
        for (String status : new String[] {"abandoned", "won't do", "cancelled", "canceled", "rejected"}) {
            map.put(status, Stage.ABANDONED);
        }
        return Collections.unmodifiableMap(map);
    }
}
