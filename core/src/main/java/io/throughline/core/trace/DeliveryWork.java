package io.throughline.core.trace;

import io.throughline.core.initiative.InitiativeKey;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port: the host's delivery work, found for an {@link Audience}: as one viewer may see it (issues
 * they cannot browse are never returned), or all of it for the stored roll-ups. The core walks the
 * trace one level at a time, so a host answers each call with one search whatever the number of
 * keys: the number of searches per trace is bounded by the depth.
 */
public interface DeliveryWork {

    /** A host with no delivery work to show: every trace is empty. */
    DeliveryWork NONE = new DeliveryWork() {
        @Override
        public List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit) {
            return List.of();
        }

        @Override
        public List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit) {
            return List.of();
        }

        @Override
        public Set<InitiativeKey> above(Collection<InitiativeKey> issues) {
            return Set.of();
        }

        @Override
        public boolean hasEstimates() {
            return false;
        }
    };

    /**
     * The items directly under the initiative: linked with the app's link type ({@link TraceVia#LINK})
     * and, where the host has Advanced Roadmaps, its Parent Link children ({@link TraceVia#PARENT_LINK}),
     * each with an empty parent; at most {@code limit} of them.
     */
    List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit);

    /**
     * The items one level below {@code parents}: the issues of those that are epics ({@link TraceVia#EPIC}),
     * the sub-tasks of all of them ({@link TraceVia#SUBTASK}) and their Parent Link children
     * ({@link TraceVia#PARENT_LINK}), each naming its parent; at most {@code limit} of them.
     */
    List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit);

    /**
     * The issues one level above {@code issues}, whoever may browse them (the walk up after an issue
     * changed, to find the initiatives whose roll-ups it affects): a sub-task's parent, an issue's
     * epic, its Parent Link, and the issues linking to it with the app's link type. Keys only, never
     * shown to anyone; one search (or one bulk read) whatever the number of keys.
     */
    Set<InitiativeKey> above(Collection<InitiativeKey> issues);

    /** Whether the host has an estimate field (story points): without one, progress has no points. */
    boolean hasEstimates();
}
