package io.throughline.core.performance;

import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port: the append-only store of delivery events, indexed by the issues a deployment names so that
 * attribution is decided when figures are read (a link added to a trace later counts at once).
 */
public interface DeliveryEvents {

    /** A host that keeps no events: it stores nothing (nobody may post to it) and reads nothing. */
    DeliveryEvents NONE = new DeliveryEvents() {
        @Override
        public List<Boolean> append(List<DeliveryEvent> events) {
            throw new UnsupportedOperationException("this host keeps no delivery events");
        }

        @Override
        public List<DeliveryEvent> relevant(Set<InitiativeKey> issues, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<DeliveryEvent> relevantToProjects(Set<String> projects, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public Map<String, Long> environments(Instant from, Instant to) {
            return Map.of();
        }

        @Override
        public boolean anyDeployment(Instant from, Instant to) {
            return false;
        }
    };

    /**
     * Stores every event whose key is not stored yet, in one transaction, and says for each event,
     * in order, whether it was new ({@code true}) or a replay ({@code false}); a key twice in one
     * call is stored once. Two calls racing with one key store it once.
     */
    List<Boolean> append(List<DeliveryEvent> events);

    /**
     * What the figures for {@code issues} over {@code [from, to)} need, possibly more: every
     * deployment naming one of the issues (itself or through a change) before {@code to}; every
     * deployment and rollback in the window of a service one of those deployed in the window; every
     * incident opened in the window naming such a service or one of those deployments as its cause;
     * and every other event of those incidents (their openings before the window, their resolutions).
     */
    List<DeliveryEvent> relevant(Set<InitiativeKey> issues, Instant from, Instant to);

    /**
     * What a team's figures over {@code [from, to)} need, possibly more: every deployment in the window
     * naming an issue of one of the projects (by key: {@code GROW} for {@code GROW-12}), and, as for
     * {@link #relevant}, their services' deployments and rollbacks in the window and the incidents
     * that may fail them.
     */
    List<DeliveryEvent> relevantToProjects(Set<String> projects, Instant from, Instant to);

    /**
     * Every environment deployments went to over {@code [from, to)}, with how many deployments went
     * there, whatever they name (for the administrator choosing which environments are production).
     */
    Map<String, Long> environments(Instant from, Instant to);

    /** Whether any deployment, to any environment, happened in {@code [from, to)}: one row read at most. */
    boolean anyDeployment(Instant from, Instant to);
}
