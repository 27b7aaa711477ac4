package io.throughline.core;

import io.throughline.core.assumption.AssumptionService;
import io.throughline.core.common.Transactions;
import io.throughline.core.context.ContextService;
import io.throughline.core.contract.ContractService;
import io.throughline.core.dependency.DependencyService;
import io.throughline.core.digest.DigestService;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.core.interaction.InteractionService;
import io.throughline.core.performance.PerformanceService;
import io.throughline.core.portfolio.DependencyStatusService;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.core.scorecard.LineRefresh;
import io.throughline.core.scorecard.ScorecardLines;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.core.setting.SettingsService;
import io.throughline.core.signal.SignalService;
import io.throughline.core.stageview.StagePortfolioService;
import io.throughline.core.trace.RollUpService;
import io.throughline.core.trace.TraceService;
import java.util.List;

/**
 * The use cases, wired once from a host's ports and the app-wide gate defaults: the composition
 * root for hosts that wire by hand (the Jira plugin wires the same in its Spring XML). Adapters take
 * the use case they call, never this object.
 */
public final class Throughline {

    private final PolicyParameters defaults;
    private final InitiativeService initiatives;
    private final EvidenceService evidence;
    private final DependencyService dependencies;
    private final GateService gates;
    private final PortfolioService portfolio;
    private final TraceService trace;
    private final RollUpService rollUps;
    private final ContractService contracts;
    private final AssumptionService assumptions;
    private final ContextService context;
    private final InteractionService interactions;
    private final PerformanceService performance;
    private final SettingsService settings;
    private final SignalService signals;
    private final ScorecardService scorecard;
    private final StagePortfolioService stagePortfolio;
    private final DigestService digest;
    private final DependencyStatusService statuses;

    public Throughline(Ports ports, PolicyParameters defaults) {
        this.defaults = defaults;
        InitiativeAccess access = new InitiativeAccess(ports.initiatives(), ports.permissions());
        // Writes report the initiatives they touch; their scorecard lines are recomputed after each commit.
        LineRefresh refresh = new LineRefresh(ports.transactions());
        Transactions transactions = refresh;
        // The stored dependency statuses are re-judged after each commit, before the lines that read them.
        this.statuses = new DependencyStatusService(ports.initiatives(), ports.stages(), ports.dependencies(),
                ports.interactions(), defaults, ports.statuses(), ports.clock(), ports.transactions());
        if (statuses.kept()) {
            refresh.setStatuses(statuses);
        }
        this.contracts = new ContractService(ports.contracts(), ports.evidence(), access);
        this.initiatives = new InitiativeService(ports.initiatives(), ports.stages(),
                List.of(ports.initiatives(), ports.stages(), ports.evidence(), ports.dependencies(), ports.rollUps(),
                        ports.contracts(), ports.assumptions(), ports.scorecard(), ports.statuses()),
                ports.permissions(), ports.clock(), transactions, refresh.watching(contracts));
        this.assumptions = new AssumptionService(ports.assumptions(), ports.evidence(), access, ports.clock(),
                transactions);
        this.evidence = new EvidenceService(refresh.watchingEvidence(ports.evidence()), access, ports.clock(),
                transactions, contracts);
        this.dependencies = new DependencyService(refresh.watchingDependencies(ports.dependencies()), access,
                ports.permissions(), ports.teams(), ports.clock(), transactions);
        this.gates = new GateService(access, ports.stages(), ports.evidence(), ports.dependencies(), ports.clock(),
                ports.gateParameters(), contracts, ports.assumptions());
        this.portfolio = new PortfolioService(ports.initiatives(), ports.dependencies(), ports.permissions(),
                ports.teams(), ports.clock(), ports.interactions(), statuses);
        this.interactions = new InteractionService(refresh.watchingInteractions(ports.interactions()), ports.teams(),
                transactions);
        this.trace = new TraceService(access, ports.delivery(), ports.clock(), TraceService.DEFAULT_MAX_ITEMS);
        this.rollUps = new RollUpService(ports.initiatives(), ports.permissions(), ports.teams(), trace,
                ports.delivery(), ports.rollUps(), ports.clock(), transactions);
        this.performance = new PerformanceService(ports.events(), ports.eventSources(), trace, ports.teams(), ports.clock(),
                ports.settings());
        this.settings = new SettingsService(ports.settings(), transactions);
        this.signals = new SignalService(access, ports.stages(), ports.evidence(), contracts, trace, performance,
                ports.settings(), ports.clock(), ports.dependencies(), ports.teams(), ports.scorecard());
        this.scorecard = new ScorecardService(ports.initiatives(), ports.permissions(), ports.teams(), ports.stages(),
                ports.evidence(), ports.contracts(), ports.dependencies(), ports.interactions(), defaults, trace,
                signals, ports.settings(), ports.scorecard(), ports.clock(), transactions, statuses);
        this.stagePortfolio = new StagePortfolioService(scorecard, gates, ports.initiatives(), ports.rollUps(),
                defaults);
        this.digest = new DigestService(ports.initiatives(), ports.permissions(), ports.teams(), ports.stages(),
                ports.evidence(), ports.contracts(), ports.dependencies(), ports.interactions(), defaults, scorecard,
                ports.clock());
        if (ports.scorecard() != ScorecardLines.NONE) {
            refresh.setScorecard(scorecard);
        }
        this.context = new ContextService(access, ports.evidence(), contracts, ports.assumptions(), ports.dependencies(),
                ports.permissions(), ports.clock());
    }

    public PolicyParameters defaults() {
        return defaults;
    }

    public InitiativeService initiatives() {
        return initiatives;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public DependencyService dependencies() {
        return dependencies;
    }

    public GateService gates() {
        return gates;
    }

    public PortfolioService portfolio() {
        return portfolio;
    }

    /** The stored dependency statuses: refreshed after writes, re-judged whole by the day-change job. */
    public DependencyStatusService statuses() {
        return statuses;
    }

    public TraceService trace() {
        return trace;
    }

    public RollUpService rollUps() {
        return rollUps;
    }

    public ContractService contracts() {
        return contracts;
    }

    /** The status-integrity signals of an initiative. */
    public ScorecardService scorecard() {
        return scorecard;
    }

    /** The portfolio by stage, with the gates ahead judged for the page shown. */
    public StagePortfolioService stagePortfolio() {
        return stagePortfolio;
    }

    /** What changed since a day. */
    public DigestService digest() {
        return digest;
    }

    public SignalService signals() {
        return signals;
    }

    /** The administrator's settings of the app. */
    public SettingsService settings() {
        return settings;
    }

    /** Delivery events in, DORA figures out. */
    public PerformanceService performance() {
        return performance;
    }

    public ContextService context() {
        return context;
    }

    public AssumptionService assumptions() {
        return assumptions;
    }

    public InteractionService interactions() {
        return interactions;
    }
}
