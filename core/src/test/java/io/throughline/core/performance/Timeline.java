package io.throughline.core.performance;

import io.throughline.core.initiative.InitiativeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small event histories for the figures' tests: hours count from the start of a 14-day window that
 * ends at {@link #TO}; the initiative is GROW-1 and its trace GROW-11 and GROW-12.
 */
final class Timeline {

    static final Instant TO = Instant.parse("2026-03-15T00:00:00Z");
    static final Window WINDOW = Window.last(14, TO);
    static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    static final Set<InitiativeKey> ATTRIBUTED = Set.of(GROW_1, InitiativeKey.parse("GROW-11"),
            InitiativeKey.parse("GROW-12"));

    final List<DeliveryEvent> events = new ArrayList<>();
    final Map<InitiativeKey, Instant> started = new HashMap<>();
    private int next = 1;

    static Instant hour(double hours) {
        return WINDOW.from().plus(Duration.ofMillis(Math.round(hours * 3_600_000)));
    }

    private EventKey key() {
        return new EventKey("ci", "e" + next++);
    }

    /** A production deployment of {@code service} naming {@code issues}; returns its event id. */
    String deploy(double hours, String service, String... issues) {
        return deploy(hours, service, "prod", false, List.of(), issues);
    }

    String deploy(double hours, String service, String environment, boolean unplanned, List<ShippedChange> changes,
                  String... issues) {
        EventKey key = key();
        events.add(DeliveryEvent.deployment(key, hour(hours), service, environment, keys(issues), changes, unplanned,
                Set.of()));
        return key.id();
    }

    String fix(double hours, String service, String incident, String... issues) {
        EventKey key = key();
        events.add(DeliveryEvent.deployment(key, hour(hours), service, "prod", keys(issues), List.of(), false,
                Set.of(incident)));
        return key.id();
    }

    void rollback(double hours, String service) {
        events.add(DeliveryEvent.rollback(key(), hour(hours), service, "prod"));
    }

    void incident(double hours, String id, String service, String causedBy) {
        events.add(DeliveryEvent.incidentOpened(key(), hour(hours), id, "prod", Optional.ofNullable(service),
                Optional.ofNullable(causedBy)));
    }

    void resolve(double hours, String id) {
        events.add(DeliveryEvent.incidentResolved(key(), hour(hours), id, Optional.of("prod")));
    }

    void started(String item, double hours) {
        started.put(InitiativeKey.parse(item), hour(hours));
    }

    static ShippedChange change(String id, double hours, String... issues) {
        return new ShippedChange(id, hour(hours), keys(issues));
    }

    static Set<InitiativeKey> keys(String... issues) {
        return Arrays.stream(issues).map(InitiativeKey::parse).collect(Collectors.toSet());
    }

    DeliveryPerformance figures() {
        return DeliveryFigures.compute(events, ATTRIBUTED, started, WINDOW, DeliveryFigures.DEFAULT_PRODUCTION);
    }
}
