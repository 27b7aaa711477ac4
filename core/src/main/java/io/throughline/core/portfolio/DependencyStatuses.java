package io.throughline.core.portfolio;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: every judged dependency's status, stored so that views over the whole portfolio read one table
 * instead of judging the graph. One row per dependency however many writers race: of two statuses of
 * the same dependency the one computed last (by {@link StoredStatus#computedAt()}) is kept, whichever
 * write arrives last. Withdrawn dependencies and those of initiatives the app no longer knows have none.
 */
public interface DependencyStatuses extends KeyedByInitiative {

    /** A host that keeps no statuses: nothing is stored and nothing is found; views judge the graph. */
    DependencyStatuses NONE = new DependencyStatuses() {
        @Override
        public List<StoredStatus> all() {
            return List.of();
        }

        @Override
        public List<StoredStatus> ofConsumers(Collection<InitiativeKey> consumers) {
            return List.of();
        }

        @Override
        public List<StoredStatus> waitingOn(Collection<InitiativeKey> providerIssues) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> judgedOn() {
            return Optional.empty();
        }

        @Override
        public void replace(Collection<InitiativeKey> consumers, Collection<StoredStatus> statuses, Instant computedAt) {
        }

        @Override
        public void dropComputedBefore(Instant before) {
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
        }
    };

    /** Every stored status, in dependency id order; one read whatever their number. */
    List<StoredStatus> all();

    /** The statuses of the dependencies of these consumer initiatives, in dependency id order. */
    List<StoredStatus> ofConsumers(Collection<InitiativeKey> consumers);

    /** The statuses of the dependencies that name one of these as their provider issue, in dependency id order. */
    List<StoredStatus> waitingOn(Collection<InitiativeKey> providerIssues);

    /** The newest day any stored status was judged as of; empty when none is stored. */
    Optional<LocalDate> judgedOn();

    /**
     * Stores the judgement of these consumers' dependencies, made at {@code computedAt}: each of
     * {@code statuses} (every one of a dependency of one of {@code consumers}) replaces the dependency's
     * stored status unless that was computed later; a stored status of these consumers that is not among
     * {@code statuses} (withdrawn since, or its initiative gone) is dropped unless computed later.
     *
     * @throws ThroughlineException.Conflict {@link #raced} when another writer stored a status of one of
     *     these dependencies at the same moment; replacing again in a new transaction keeps the newer
     */
    void replace(Collection<InitiativeKey> consumers, Collection<StoredStatus> statuses, Instant computedAt);

    /** Drops every status computed before {@code before}: after a full judgement, those it judged no more. */
    void dropComputedBefore(Instant before);

    /** The conflict of a replace that lost an insert race with another writer; worded once for every store. */
    static ThroughlineException.Conflict raced(DependencyId dependency) {
        return new ThroughlineException.Conflict(Message.of("throughline.portfolio.status-changed-meanwhile",
                dependency.toString()));
    }
}
