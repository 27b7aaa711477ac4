package io.throughline.core.digest;

import io.throughline.core.evidence.EvidenceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts of a digest, summed over the initiatives it lists. */
public record DigestTotals(int initiatives, int created, int stageMoves, int commitments, int evidence,
                           Map<EvidenceKind, Integer> evidenceByKind, int proposals, int decisions, int contractChanges,
                           int accepted, int newlyAtRisk, int newlyBlocked, int delivered, int slips, int withdrawn,
                           int signalsRaised, int signalsCleared) {

    public DigestTotals {
        evidenceByKind = java.util.Collections.unmodifiableMap(new EnumMap<>(evidenceByKind));
    }

    public static DigestTotals of(List<InitiativeDigest> listed) {
        int created = 0;
        int moves = 0;
        int commitments = 0;
        int evidence = 0;
        Map<EvidenceKind, Integer> byKind = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind, 0);
        }
        int proposals = 0;
        int decisions = 0;
        int changes = 0;
        int accepted = 0;
        int atRisk = 0;
        int blocked = 0;
        int delivered = 0;
        int slips = 0;
        int withdrawn = 0;
        int raised = 0;
        int cleared = 0;
        for (InitiativeDigest one : listed) {
            created += one.stages().created() ? 1 : 0;
            moves += one.stages().stageMoves().size();
            commitments += one.stages().commitments().size();
            evidence += one.evidence().entries().size();
            one.evidence().byKind().forEach((kind, count) -> byKind.merge(kind, count, Integer::sum));
            proposals += one.evidence().proposals().size();
            decisions += one.evidence().decisions().size();
            changes += one.contractChanges().size();
            accepted += (int) one.contractChanges().stream().filter(change -> change.acceptedBy().isPresent()).count();
            atRisk += one.dependencies().newlyAtRisk().size();
            blocked += one.dependencies().newlyBlocked().size();
            delivered += one.dependencies().delivered().size();
            slips += one.dependencies().slips().size();
            withdrawn += one.dependencies().withdrawn().size();
            raised += one.signals().raised().size();
            cleared += one.signals().cleared().size();
        }
        return new DigestTotals(listed.size(), created, moves, commitments, evidence, byKind, proposals, decisions,
                changes, accepted, atRisk, blocked, delivered, slips, withdrawn, raised, cleared);
    }
}
