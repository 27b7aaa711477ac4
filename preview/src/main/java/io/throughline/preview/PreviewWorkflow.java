package io.throughline.preview;

import io.throughline.core.Throughline;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Verdict;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.initiative.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Jira's workflow does in the preview: moving an initiative to another stage, through the same
 * gate a Jira transition's validator runs. A blocked move changes nothing and says why.
 */
final class PreviewWorkflow {

    /** The outcome of a move: the stage the initiative is in now, and what blocked it if anything did. */
    record Outcome(Stage stage, List<Violation> violations) {
        boolean moved(Stage target) {
            return violations.isEmpty() && stage == target;
        }
    }

    private final Throughline app;
    private final PermissionCheck permissions;

    PreviewWorkflow(Throughline app, PermissionCheck permissions) {
        this.app = app;
        this.permissions = permissions;
    }

    /**
     * Every transition of the preview's workflow that carries a gate runs it with the app's defaults
     * (see {@link #transition}), so views judge every gate as the transition will.
     */
    static final GateParameterSource GATE_PARAMETERS = (initiative, gate) -> Optional.of(PolicyParameters.defaults());

    /** The stages an initiative can move to from where it is (a simple workflow: forward, or abandon). */
    static Set<Stage> next(Stage from) {
        return switch (from) {
            case BET -> EnumSet.of(Stage.COMMITTED, Stage.ABANDONED);
            case COMMITTED -> EnumSet.of(Stage.DELIVERING, Stage.ABANDONED);
            case DELIVERING -> EnumSet.of(Stage.SHIPPED, Stage.ABANDONED);
            case SHIPPED -> EnumSet.of(Stage.VALIDATED, Stage.INVALIDATED);
            case VALIDATED, INVALIDATED, ABANDONED -> EnumSet.noneOf(Stage.class);
        };
    }

    Outcome transition(UserRef actor, InitiativeKey key, Stage to) {
        return transition(actor, key, Optional.empty(), to);
    }

    /**
     * Moves the initiative to {@code to}; from {@code seen}, the stage the caller was shown, when it
     * says one (a conflict if the initiative is no longer there), else from the stage it is in now.
     */
    Outcome transition(UserRef actor, InitiativeKey key, Optional<Stage> seen, Stage to) {
        Initiative initiative = app.initiatives().get(actor, key);
        if (!permissions.canEdit(actor, key)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.cannot-edit", key.value()));
        }
        if (seen.isPresent() && seen.get() != initiative.stage()) {
            throw InitiativeRepository.changedMeanwhile(key);
        }
        if (!next(initiative.stage()).contains(to)) {
            throw new ThroughlineException.Conflict(Message.of("throughline.preview.transition.illegal",
                    key.value(), initiative.stage().name(), to.name()));
        }
        Optional<Gate> gate = GateService.gateFor(initiative.stage(), to, app.defaults());
        if (gate.isPresent()) {
            GateReport report = app.gates().evaluate(gate.get(), initiative);
            if (report.verdict() instanceof Verdict.Blocked blocked) {
                return new Outcome(initiative.stage(), blocked.violations());
            }
        }
        // From the stage judged above: if another move got in first, this one is a conflict, not a second move.
        return new Outcome(app.initiatives().recordStage(actor, key, initiative.stage(), to).stage(), List.of());
    }
}
