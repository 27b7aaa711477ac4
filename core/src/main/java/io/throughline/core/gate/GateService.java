package io.throughline.core.gate;

import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.ContractService;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "What does the gate say about this initiative now?" — for the issue panel and the validators. */
public final class GateService {

    private final InitiativeAccess access;
    private final StageHistory stages;
    private final EvidenceLedger evidence;
    private final DependencyRepository dependencies;
    private final Clock clock;
    private final GateParameterSource parameters;
    private final ContractService contracts;
    private final AssumptionRecords assumptions;

    /**
     * Reads only: a validator runs inside the host's own transition. {@code contracts} gives the
     * outcome and invalidation gates the contract in force to judge; {@code assumptions} are read only
     * where a transition turns on the policy that counts them.
     */
    public GateService(InitiativeAccess access, StageHistory stages, EvidenceLedger evidence,
            DependencyRepository dependencies, Clock clock, GateParameterSource parameters,
            ContractService contracts, AssumptionRecords assumptions) {
        this.access = access;
        this.stages = stages;
        this.evidence = evidence;
        this.dependencies = dependencies;
        this.clock = clock;
        this.parameters = parameters;
        this.contracts = contracts;
        this.assumptions = assumptions;
    }

    public GateReport commitReadiness(UserRef actor, InitiativeKey key, PolicyParameters parameters) {
        return evaluate(Gate.commit(parameters), access.toView(actor, key));
    }

    /**
     * The commit gate on the initiative as the host sees it mid-transition (field values not yet
     * saved); evidence and dependencies come from the app's store.
     */
    public GateReport commitReadiness(UserRef actor, Initiative asTransitioned, PolicyParameters parameters) {
        access.requireViewable(actor, asTransitioned.key());
        return evaluate(Gate.commit(parameters), asTransitioned);
    }

    public GateReport outcomeReadiness(UserRef actor, InitiativeKey key, PolicyParameters parameters) {
        return evaluate(Gate.outcome(parameters), access.toView(actor, key));
    }

    public GateReport outcomeReadiness(UserRef actor, Initiative asTransitioned, PolicyParameters parameters) {
        access.requireViewable(actor, asTransitioned.key());
        return evaluate(Gate.outcome(parameters), asTransitioned);
    }

    public GateReport invalidationReadiness(UserRef actor, Initiative asTransitioned, PolicyParameters parameters) {
        access.requireViewable(actor, asTransitioned.key());
        return evaluate(Gate.invalidation(parameters), asTransitioned);
    }

    /**
     * The gates ahead of a stage: what every view shows as "what is still missing" there. A bet
     * faces the commit gate; a shipped initiative the outcome gate and, if the bet did not pay
     * off, the invalidation gate. Committed and delivering initiatives face no gate until they
     * ship, and closed ones none at all (docs/semantics.md, "The gate ahead").
     */
    public static List<Gate> ahead(Stage stage, PolicyParameters parameters) {
        return switch (stage) {
            case BET -> List.of(Gate.commit(parameters));
            case SHIPPED -> List.of(Gate.outcome(parameters), Gate.invalidation(parameters));
            case COMMITTED, DELIVERING, VALIDATED, INVALIDATED, ABANDONED -> List.of();
        };
    }

    /**
     * The gates ahead of the initiative's stage, in order, each judged as the transition carrying it
     * would judge it (the app's {@code defaults} where none does); empty when no gate is ahead.
     */
    public List<GateAhead> aheadOf(UserRef actor, Initiative initiative, PolicyParameters defaults) {
        access.requireViewable(actor, initiative.key());
        return ahead(initiative.stage(), defaults).stream().map(gate -> judged(initiative, gate.name(), defaults))
                .toList();
    }

    /** One gate, by name, judged as {@link #aheadOf} judges it, whether or not it lies ahead. */
    public GateAhead judge(UserRef actor, Initiative initiative, String gate, PolicyParameters defaults) {
        access.requireViewable(actor, initiative.key());
        return judged(initiative, gate, defaults);
    }

    private GateAhead judged(Initiative initiative, String gate, PolicyParameters defaults) {
        Optional<PolicyParameters> onTransition = parameters.forGate(initiative, gate);
        return new GateAhead(evaluate(Gate.named(gate, onTransition.orElse(defaults)), initiative),
                onTransition.isEmpty());
    }

    /** The gate guarding a move between stages, if one does. */
    public static Optional<Gate> gateFor(Stage from, Stage to, PolicyParameters parameters) {
        if (to == Stage.VALIDATED) {
            return Optional.of(Gate.outcome(parameters));
        }
        if (to == Stage.INVALIDATED) {
            return Optional.of(Gate.invalidation(parameters));
        }
        if (!from.isCommitted() && to.isCommitted()) {
            return Optional.of(Gate.commit(parameters));
        }
        return Optional.empty();
    }

    /** When the initiative last entered the stage it is in, per the recorded history. */
    private Optional<Instant> inStageSince(Initiative initiative) {
        List<StageChange> changes = stages.changesFor(initiative.key());
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).to() == initiative.stage()) {
                return Optional.of(changes.get(i).at());
            }
        }
        return Optional.empty();
    }

    private static boolean judgesCommitment(Gate gate) {
        return Gate.OUTCOME.equals(gate.name()) || Gate.INVALIDATION.equals(gate.name());
    }

    /**
     * Runs a gate on an initiative the caller has already been allowed to see. Only what the gate's
     * policies read is fetched: a validator runs inside the host's transition, so every statement counts.
     */
    public GateReport evaluate(Gate gate, Initiative initiative) {
        Set<Policy.Input> inputs = EnumSet.noneOf(Policy.Input.class);
        gate.policies().forEach(policy -> inputs.addAll(policy.inputs()));
        Ledger ledger = new Ledger(inputs.contains(Policy.Input.LEDGER) || judgesCommitment(gate)
                ? evidence.entriesFor(initiative.key()) : List.of());
        // The outcome gates judge what was committed: the contract in force, not a target edited since.
        Initiative judged = judgesCommitment(gate)
                ? contracts.inForce(initiative, ledger).map(contract -> contract.applyTo(initiative)).orElse(initiative)
                : initiative;
        GateContext context = new GateContext(judged,
                ledger,
                inputs.contains(Policy.Input.DEPENDENCIES) ? dependencies.findByConsumer(initiative.key()) : List.of(),
                clock.today(),
                inputs.contains(Policy.Input.STAGE_HISTORY) ? inStageSince(initiative) : Optional.empty(),
                inputs.contains(Policy.Input.ASSUMPTIONS) ? assumptions.assumptionsFor(initiative.key()) : List.of());
        return gate.evaluate(context);
    }
}
