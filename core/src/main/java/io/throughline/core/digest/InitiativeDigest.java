package io.throughline.core.digest;

import io.throughline.core.common.Team;
import io.throughline.core.contract.Contract;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed for one initiative over a digest's window. {@code own} is false for an initiative of
 * another team listed only for its dependencies on the teams asked about: then only those show.
 * {@code contractChanges} are the changes of owner, metric or horizon made in the window, each with the
 * current decision that accepted it by the window's end, if any.
 */
public record InitiativeDigest(Initiative initiative, boolean own, StageMoves stages, EvidenceAdded evidence,
                               List<Contract.Change> contractChanges, DependencyNews dependencies, SignalNews signals) {

    public InitiativeDigest {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(evidence, "evidence");
        contractChanges = List.copyOf(contractChanges);
        Objects.requireNonNull(dependencies, "dependencies");
        Objects.requireNonNull(signals, "signals");
    }

    public InitiativeKey key() {
        return initiative.key();
    }

    public Team team() {
        return initiative.team();
    }

    /** Nothing to tell: no move, no evidence or proposal, no contract change, no dependency news, no signal change. */
    public boolean quiet() {
        return stages.moves().isEmpty() && evidence.isEmpty() && contractChanges.isEmpty() && dependencies.isEmpty()
                && signals.isEmpty();
    }

    /** The initiative as a providing team sees it: only its dependencies on {@code providers}. */
    public InitiativeDigest forProviders(Set<Team> providers) {
        return new InitiativeDigest(initiative, false, StageMoves.still(stages.atEnd()), EvidenceAdded.NONE, List.of(),
                dependencies.providedBy(providers), SignalNews.UNKNOWN);
    }

    /** Without the provider issues the viewer may not see. */
    public InitiativeDigest redacted(Collection<InitiativeKey> viewable) {
        return new InitiativeDigest(initiative, own, stages, evidence, contractChanges, dependencies.redacted(viewable),
                signals);
    }
}
