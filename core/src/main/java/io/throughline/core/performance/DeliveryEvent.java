package io.throughline.core.performance;

import io.throughline.core.common.Texts;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One delivery event as stored. {@code subject} is the service of a deployment or rollback and the
 * incident's id for an incident; {@code environment} is required except on a resolution;
 * {@code service} is the service an incident names, if it names one. Only a deployment ships
 * anything: {@code issueKeys}, {@code changes}, {@code unplanned} and {@code fixes} are empty or
 * false on every other type, and only an opened incident may name the deployment that caused it
 * ({@code causedBy}, that deployment's event id).
 */
public record DeliveryEvent(EventKey key, EventType type, Instant at, String subject, Optional<String> environment,
                            Optional<String> service, Set<InitiativeKey> issueKeys, List<ShippedChange> changes,
                            boolean unplanned, Set<String> fixes, Optional<String> causedBy) {

    public static final int MAX_NAME = 255;
    public static final int MAX_KEYS = 1_000;
    public static final int MAX_CHANGES = 1_000;

    /** Oldest first; events at the same instant by source and id, so every reader sees one order. */
    public static final Comparator<DeliveryEvent> TIMELINE =
            Comparator.comparing(DeliveryEvent::at).thenComparing(DeliveryEvent::key);

    public DeliveryEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        subject = Texts.requireLine(subject, "event subject", MAX_NAME);
        environment = environment.map(name -> Texts.requireLine(name, "environment", MAX_NAME));
        service = service.map(name -> Texts.requireLine(name, "service", MAX_NAME));
        issueKeys = Set.copyOf(issueKeys);
        changes = List.copyOf(changes);
        fixes = Set.copyOf(fixes);
        causedBy = causedBy.map(id -> Texts.requireLine(id, "caused by", EventKey.MAX_LENGTH));
        if (type != EventType.INCIDENT_RESOLVED && environment.isEmpty()) {
            throw new IllegalArgumentException(type + " needs its environment");
        }
        if (type != EventType.DEPLOYMENT && (!issueKeys.isEmpty() || !changes.isEmpty() || unplanned || !fixes.isEmpty())) {
            throw new IllegalArgumentException("only a deployment ships issues, changes or fixes");
        }
        if (type != EventType.INCIDENT_OPENED && causedBy.isPresent()) {
            throw new IllegalArgumentException("only an opened incident names the deployment that caused it");
        }
        if (!type.isIncident() && service.isPresent()) {
            throw new IllegalArgumentException("a deployment's or rollback's service is its subject");
        }
        if (issueKeys.size() > MAX_KEYS || changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("too many issue keys or changes on one event");
        }
    }

    /** A deployment: the service, the environment, what it ships. */
    public static DeliveryEvent deployment(EventKey key, Instant at, String service, String environment,
                                           Set<InitiativeKey> issueKeys, List<ShippedChange> changes, boolean unplanned,
                                           Set<String> fixes) {
        return new DeliveryEvent(key, EventType.DEPLOYMENT, at, service, Optional.of(environment), Optional.empty(),
                issueKeys, changes, unplanned, fixes, Optional.empty());
    }

    public static DeliveryEvent rollback(EventKey key, Instant at, String service, String environment) {
        return new DeliveryEvent(key, EventType.ROLLBACK, at, service, Optional.of(environment), Optional.empty(),
                Set.of(), List.of(), false, Set.of(), Optional.empty());
    }

    public static DeliveryEvent incidentOpened(EventKey key, Instant at, String incident, String environment,
                                               Optional<String> service, Optional<String> causedBy) {
        return new DeliveryEvent(key, EventType.INCIDENT_OPENED, at, incident, Optional.of(environment), service,
                Set.of(), List.of(), false, Set.of(), causedBy);
    }

    public static DeliveryEvent incidentResolved(EventKey key, Instant at, String incident, Optional<String> environment) {
        return new DeliveryEvent(key, EventType.INCIDENT_RESOLVED, at, incident, environment, Optional.empty(),
                Set.of(), List.of(), false, Set.of(), Optional.empty());
    }

    /** Every issue a deployment names, itself or through one of its changes. */
    public Set<InitiativeKey> namedIssues() {
        if (changes.isEmpty()) {
            return issueKeys;
        }
        Set<InitiativeKey> all = new HashSet<>(issueKeys);
        changes.forEach(change -> all.addAll(change.issueKeys()));
        return all;
    }

    /** A fix nobody planned: said so, or fixing an incident. */
    public boolean isRework() {
        return unplanned || !fixes.isEmpty();
    }
}
