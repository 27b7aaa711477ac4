package io.throughline.core.digest;

import io.throughline.core.contract.ContractChange;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.interaction.InteractionTable;
import io.throughline.core.signal.SignalVerdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a digest is computed from: the window (from {@code from}, included, to {@code until},
 * included), the zone its days are counted in, the rules health is judged by, and the histories.
 * The lists may hold more than the window (records before or after it are cut by the rules), but must hold
 * everything in it: every initiative known now, every dependency with its whole history, every stage change
 * and contract change made in the window, every evidence entry recorded in it and every earlier one
 * confirmed in it. The signals are those of each initiative's stored line at the window's start and at its
 * end; an initiative without a line there is absent.
 */
public record DigestHistories(Instant from, Instant until, ZoneId zone, int ackSlaDays, InteractionTable interactions,
                              List<Initiative> initiatives, Map<InitiativeKey, Instant> firstCommitments,
                              List<Dependency> dependencies, List<StageChange> stageChanges,
                              List<EvidenceEntry> evidence, List<ContractChange> contractChanges,
                              Map<InitiativeKey, List<SignalVerdict>> signalsAtStart,
                              Map<InitiativeKey, List<SignalVerdict>> signalsAtEnd) {

    public DigestHistories {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interactions, "interactions");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " to " + until);
        }
        initiatives = List.copyOf(initiatives);
        firstCommitments = Map.copyOf(firstCommitments);
        dependencies = List.copyOf(dependencies);
        stageChanges = List.copyOf(stageChanges);
        evidence = List.copyOf(evidence);
        contractChanges = List.copyOf(contractChanges);
        signalsAtStart = Map.copyOf(signalsAtStart);
        signalsAtEnd = Map.copyOf(signalsAtEnd);
    }

    /** Whether {@code at} lies in the window: from its start, included, to its end, included. */
    public boolean inWindow(Instant at) {
        return !at.isBefore(from) && !at.isAfter(until);
    }
}
