package io.throughline.core.testing;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** In-memory {@link DeliveryEvents}: events by key, the first of a key kept; reads filter as the port says. */
public final class InMemoryDeliveryEvents implements DeliveryEvents {

    private final Map<EventKey, DeliveryEvent> events = new LinkedHashMap<>();

    @Override
    public synchronized List<Boolean> append(List<DeliveryEvent> batch) {
        List<Boolean> stored = new ArrayList<>(batch.size());
        for (DeliveryEvent event : batch) {
            stored.add(events.putIfAbsent(event.key(), event) == null);
        }
        return stored;
    }

    @Override
    public synchronized List<DeliveryEvent> relevant(Set<InitiativeKey> issues, Instant from, Instant to) {
        List<DeliveryEvent> naming = events.values().stream()
                .filter(e -> e.type() == EventType.DEPLOYMENT && e.at().isBefore(to)
                        && !Collections.disjoint(e.namedIssues(), issues))
                .toList();
        return around(naming, from, to);
    }

    @Override
    public synchronized List<DeliveryEvent> relevantToProjects(Set<String> projects, Instant from, Instant to) {
        List<DeliveryEvent> naming = events.values().stream()
                .filter(e -> e.type() == EventType.DEPLOYMENT && !e.at().isBefore(from) && e.at().isBefore(to)
                        && e.namedIssues().stream().anyMatch(issue -> projects.contains(issue.projectKey())))
                .toList();
        return around(naming, from, to);
    }

    /** The deployments found, and what their failures need: their services' events and the incidents about them. */
    private List<DeliveryEvent> around(List<DeliveryEvent> naming, Instant from, Instant to) {
        List<DeliveryEvent> inWindow = naming.stream().filter(e -> !e.at().isBefore(from)).toList();
        Set<String> services = inWindow.stream().map(DeliveryEvent::subject).collect(Collectors.toSet());
        Set<String> ids = inWindow.stream().map(e -> e.key().id()).collect(Collectors.toSet());
        List<DeliveryEvent> relevant = new ArrayList<>(naming);
        Set<String> incidents = new java.util.HashSet<>();
        for (DeliveryEvent event : events.values()) {
            boolean window = !event.at().isBefore(from) && !event.at().isAfter(to);
            switch (event.type()) {
                case DEPLOYMENT, ROLLBACK -> {
                    if (window && services.contains(event.subject()) && !relevant.contains(event)) {
                        relevant.add(event);
                    }
                }
                case INCIDENT_OPENED -> {
                    if (window && (event.service().map(services::contains).orElse(false)
                            || event.causedBy().map(ids::contains).orElse(false))) {
                        incidents.add(event.subject());
                    }
                }
                case INCIDENT_RESOLVED -> {
                }
            }
        }
        events.values().stream().filter(e -> e.type().isIncident() && incidents.contains(e.subject()))
                .forEach(relevant::add);
        return relevant;
    }

    @Override
    public synchronized Map<String, Long> environments(Instant from, Instant to) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        events.values().stream().filter(e -> e.type() == EventType.DEPLOYMENT && !e.at().isBefore(from)
                        && e.at().isBefore(to))
                .forEach(e -> counts.merge(e.environment().orElseThrow(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized boolean anyDeployment(Instant from, Instant to) {
        return events.values().stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT && !e.at().isBefore(from)
                && e.at().isBefore(to));
    }

    public synchronized int size() {
        return events.size();
    }
}
