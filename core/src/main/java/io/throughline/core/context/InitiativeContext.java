package io.throughline.core.context;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.contract.Contract;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One initiative's context as a viewer may read it: the initiative, its contract (empty before the
 * first commitment), its assumptions, its decisions as they stand (newest first), its dependencies
 * (withdrawn ones included, they are part of the record), and its latest evidence (newest first, at
 * most {@link ContextService#LATEST_EVIDENCE}). {@code version} is the same for every viewer of
 * the same facts; {@code hiddenIssues} are provider issues this viewer may not see, whose keys a
 * rendering leaves out.
 */
public record InitiativeContext(Initiative initiative, Optional<Contract> contract, List<Assumption> assumptions,
                                List<EvidenceEntry> decisions, List<Dependency> dependencies,
                                List<EvidenceEntry> latestEvidence, String version, Instant computedAt,
                                Set<InitiativeKey> hiddenIssues) {

    public InitiativeContext {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(contract, "contract");
        assumptions = List.copyOf(assumptions);
        decisions = List.copyOf(decisions);
        dependencies = List.copyOf(dependencies);
        latestEvidence = List.copyOf(latestEvidence);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(computedAt, "computedAt");
        hiddenIssues = Set.copyOf(hiddenIssues);
    }

    /** How an artifact cites this context: {@code GROW-1@0123456789abcdef}. */
    public String citation() {
        return initiative.key().value() + "@" + version;
    }

    /** The provider issue of a dependency, unless the viewer may not see it. */
    public Optional<InitiativeKey> shownProviderIssue(Dependency dependency) {
        return dependency.providerIssue().filter(key -> !hiddenIssues.contains(key));
    }
}
