package io.throughline.core.gate;

import io.throughline.core.common.FieldErrors;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How strict the gates are, per workflow transition: which policies are on and their numbers.
 * Values are checked here, so a bad configuration never reaches a gate.
 */
public record PolicyParameters(
        Set<PolicyId> enabled, int minEvidenceCount, int maxEvidenceAgeDays, int maxHorizonDays, int ackSlaDays,
        int minAssumptions) {

    public static final int DEFAULT_MIN_EVIDENCE_COUNT = 2;
    public static final int DEFAULT_MAX_EVIDENCE_AGE_DAYS = 90;
    public static final int DEFAULT_MAX_HORIZON_DAYS = 180;
    public static final int DEFAULT_ACK_SLA_DAYS = 5;
    public static final int DEFAULT_MIN_ASSUMPTIONS = 1;
    /** Policies a gate runs only where a transition turns them on. */
    public static final Set<PolicyId> OFF_BY_DEFAULT = Set.of(PolicyId.ASSUMPTIONS_LISTED);

    /** Argument names, as the workflow validator stores them and the REST API accepts them. */
    public static final String MIN_EVIDENCE_COUNT = "minEvidenceCount";
    public static final String MAX_EVIDENCE_AGE_DAYS = "maxEvidenceAgeDays";
    public static final String MAX_HORIZON_DAYS = "maxHorizonDays";
    public static final String ACK_SLA_DAYS = "ackSlaDays";
    public static final String MIN_ASSUMPTIONS = "minAssumptions";
    public static final String REQUIRE_ACKNOWLEDGED_DEPENDENCIES = "requireAcknowledgedDependencies";
    public static final String POLICY_PREFIX = "policy.";

    private static final Map<String, int[]> RANGES = Map.of(
            MIN_EVIDENCE_COUNT, new int[] {1, 50},
            MAX_EVIDENCE_AGE_DAYS, new int[] {1, 3650},
            MAX_HORIZON_DAYS, new int[] {1, 3650},
            ACK_SLA_DAYS, new int[] {0, 365},
            MIN_ASSUMPTIONS, new int[] {1, 50});

    public PolicyParameters {
        Objects.requireNonNull(enabled, "enabled");
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        requireInRange(MIN_EVIDENCE_COUNT, minEvidenceCount);
        requireInRange(MAX_EVIDENCE_AGE_DAYS, maxEvidenceAgeDays);
        requireInRange(MAX_HORIZON_DAYS, maxHorizonDays);
        requireInRange(ACK_SLA_DAYS, ackSlaDays);
        requireInRange(MIN_ASSUMPTIONS, minAssumptions);
    }

    /** The parameters before assumptions could be required: that policy off, at its default count. */
    public PolicyParameters(Set<PolicyId> enabled, int minEvidenceCount, int maxEvidenceAgeDays, int maxHorizonDays,
                            int ackSlaDays) {
        this(enabled, minEvidenceCount, maxEvidenceAgeDays, maxHorizonDays, ackSlaDays, DEFAULT_MIN_ASSUMPTIONS);
    }

    /** Every policy on but those {@link #OFF_BY_DEFAULT}, at the default numbers. */
    public static PolicyParameters defaults() {
        EnumSet<PolicyId> on = EnumSet.allOf(PolicyId.class);
        on.removeAll(OFF_BY_DEFAULT);
        return new PolicyParameters(on, DEFAULT_MIN_EVIDENCE_COUNT, DEFAULT_MAX_EVIDENCE_AGE_DAYS,
                DEFAULT_MAX_HORIZON_DAYS, DEFAULT_ACK_SLA_DAYS, DEFAULT_MIN_ASSUMPTIONS);
    }

    public boolean isEnabled(PolicyId policy) {
        return enabled.contains(policy);
    }

    public boolean requireAcknowledgedDependencies() {
        return isEnabled(PolicyId.DEPENDENCIES_ACKNOWLEDGED);
    }

    public PolicyParameters without(PolicyId policy) {
        EnumSet<PolicyId> next = EnumSet.allOf(PolicyId.class);
        next.retainAll(enabled);
        next.remove(policy);
        return new PolicyParameters(next, minEvidenceCount, maxEvidenceAgeDays, maxHorizonDays, ackSlaDays,
                minAssumptions);
    }

    /**
     * Reads string arguments (workflow validator args, form fields). Absent values take their
     * defaults; every bad value is reported under its argument name and nothing is returned.
     */
    public static PolicyParameters fromArgs(Map<String, ?> args) {
        FieldErrors errors = new FieldErrors();
        PolicyParameters defaults = defaults();
        int minCount = number(args, MIN_EVIDENCE_COUNT, defaults.minEvidenceCount, errors);
        int maxAge = number(args, MAX_EVIDENCE_AGE_DAYS, defaults.maxEvidenceAgeDays, errors);
        int maxHorizon = number(args, MAX_HORIZON_DAYS, defaults.maxHorizonDays, errors);
        int ackSla = number(args, ACK_SLA_DAYS, defaults.ackSlaDays, errors);
        int minAssumed = number(args, MIN_ASSUMPTIONS, defaults.minAssumptions, errors);
        EnumSet<PolicyId> on = EnumSet.noneOf(PolicyId.class);
        for (PolicyId policy : PolicyId.values()) {
            String name = policy == PolicyId.DEPENDENCIES_ACKNOWLEDGED && args.containsKey(REQUIRE_ACKNOWLEDGED_DEPENDENCIES)
                    ? REQUIRE_ACKNOWLEDGED_DEPENDENCIES
                    : POLICY_PREFIX + policy.id();
            if (flag(args, name, !OFF_BY_DEFAULT.contains(policy), errors)) {
                on.add(policy);
            }
        }
        errors.throwIfAny();
        return new PolicyParameters(on, minCount, maxAge, maxHorizon, ackSla, minAssumed);
    }

    /** The arguments {@link #fromArgs} reads back into these parameters. */
    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(MIN_EVIDENCE_COUNT, Integer.toString(minEvidenceCount));
        args.put(MAX_EVIDENCE_AGE_DAYS, Integer.toString(maxEvidenceAgeDays));
        args.put(MAX_HORIZON_DAYS, Integer.toString(maxHorizonDays));
        args.put(ACK_SLA_DAYS, Integer.toString(ackSlaDays));
        args.put(MIN_ASSUMPTIONS, Integer.toString(minAssumptions));
        for (PolicyId policy : PolicyId.values()) {
            args.put(POLICY_PREFIX + policy.id(), Boolean.toString(isEnabled(policy)));
        }
        return args;
    }

    private static void requireInRange(String name, int value) {
        int[] range = RANGES.get(name);
        if (value < range[0] || value > range[1]) {
            throw new IllegalArgumentException(name + " must be between " + range[0] + " and " + range[1] + ": " + value);
        }
    }

    private static int number(Map<String, ?> args, String name, int fallback, FieldErrors errors) {
        String text = single(args.get(name));
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int[] range = RANGES.get(name);
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= range[0] && value <= range[1]) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        errors.add(name, "throughline.gate.parameter.range", text.strip(), range[0], range[1]);
        return fallback;
    }

    private static boolean flag(Map<String, ?> args, String name, boolean fallback, FieldErrors errors) {
        String text = single(args.get(name));
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> {
                errors.add(name, "throughline.gate.parameter.flag", text.strip());
                yield fallback;
            }
        };
    }

    /** Host forms deliver values as String or String[]; take the single value either way. */
    private static String single(Object value) {
        if (value instanceof String[] array) {
            return array.length == 0 ? null : array[0];
        }
        return value == null ? null : value.toString();
    }
}
