package io.throughline.core.context;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractService;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Assembles an initiative's canonical context for a viewer, with its version. */
public final class ContextService {

    /** How many of the newest entries the context carries. */
    public static final int LATEST_EVIDENCE = 10;

    private final InitiativeAccess access;
    private final EvidenceLedger evidence;
    private final ContractService contracts;
    private final AssumptionRecords assumptions;
    private final DependencyRepository dependencies;
    private final PermissionCheck permissions;
    private final Clock clock;

    public ContextService(InitiativeAccess access, EvidenceLedger evidence, ContractService contracts,
                          AssumptionRecords assumptions, DependencyRepository dependencies, PermissionCheck permissions,
                          Clock clock) {
        this.access = access;
        this.evidence = evidence;
        this.contracts = contracts;
        this.assumptions = assumptions;
        this.dependencies = dependencies;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * The context of an initiative the viewer may see. Only an assistant's proposals no person has
     * confirmed are left out: they are not part of the record yet. The version covers every entry
     * that stands, not only the latest shown, so confirming or correcting an older one changes it too.
     *
     * @throws io.throughline.core.common.ThroughlineException.NotFound for an initiative the viewer may not see
     */
    public InitiativeContext context(UserRef viewer, InitiativeKey key) {
        Initiative initiative = access.toView(viewer, key);
        Ledger ledger = new Ledger(evidence.entriesFor(key));
        Optional<Contract> contract = contracts.inForce(initiative, ledger);
        List<Assumption> listed = assumptions.assumptionsFor(key);
        List<Dependency> requested = dependencies.findByConsumer(key);
        List<EvidenceEntry> newestFirst = new ArrayList<>(ledger.current());
        Collections.reverse(newestFirst);
        List<EvidenceEntry> decisions = newestFirst.stream().filter(e -> e.kind() == EvidenceKind.DECISION).toList();
        List<EvidenceEntry> latest = newestFirst.subList(0, Math.min(LATEST_EVIDENCE, newestFirst.size()));
        Set<InitiativeKey> issues = new HashSet<>();
        requested.forEach(dependency -> dependency.providerIssue().ifPresent(issues::add));
        Set<InitiativeKey> hidden = new HashSet<>(issues);
        hidden.removeAll(permissions.viewable(viewer, issues));
        return new InitiativeContext(initiative, contract, listed, decisions, requested, latest,
                ContextDigest.version(initiative, contract, listed, requested, newestFirst), clock.now(), hidden);
    }
}
