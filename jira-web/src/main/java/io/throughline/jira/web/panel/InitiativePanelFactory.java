package io.throughline.jira.web.panel;

import io.throughline.core.assumption.AssumptionService;
import io.throughline.core.common.People;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractService;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.gate.GateService;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.core.performance.PerformanceService;
import io.throughline.core.portfolio.PortfolioService.InitiativeDependencies;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.core.signal.InitiativeSignals;
import io.throughline.core.signal.SignalService;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.Trace;
import io.throughline.core.trace.TraceService;
import io.throughline.web.view.AvatarHtml;
import io.throughline.web.view.GateWords;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link InitiativePanel} through the core's services as the viewing user, so the panel
 * shows exactly what the viewer may see; a viewer who may not see the initiative gets the core's
 * {@code ThroughlineException.NotFound}, and the host shows no panel.
 */
public final class InitiativePanelFactory {

    public static final String REST_PATH = "/rest/throughline/1.0";

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(InitiativePanelFactory.class.getName());

    private final GateService gates;
    private final EvidenceService evidence;
    private final PortfolioService portfolio;
    private final PermissionCheck permissions;
    private final People people;
    private final TraceService traces;
    private final ContractService contracts;
    private final AssumptionService assumptions;
    private final Optional<PerformanceService> performance;
    private final Optional<SignalService> signals;

    /** A panel without the Delivery system section (a host that keeps no delivery events). */
    public InitiativePanelFactory(GateService gates, EvidenceService evidence, PortfolioService portfolio,
            PermissionCheck permissions, People people, TraceService traces, ContractService contracts,
            AssumptionService assumptions) {
        this(gates, evidence, portfolio, permissions, people, traces, contracts, assumptions, Optional.empty(),
                Optional.empty());
    }

    public InitiativePanelFactory(GateService gates, EvidenceService evidence, PortfolioService portfolio,
            PermissionCheck permissions, People people, TraceService traces, ContractService contracts,
            AssumptionService assumptions, PerformanceService performance) {
        this(gates, evidence, portfolio, permissions, people, traces, contracts, assumptions, Optional.of(performance),
                Optional.empty());
    }

    /** The whole panel: the Delivery system section and the Signals section too. */
    public InitiativePanelFactory(GateService gates, EvidenceService evidence, PortfolioService portfolio,
            PermissionCheck permissions, People people, TraceService traces, ContractService contracts,
            AssumptionService assumptions, PerformanceService performance, SignalService signals) {
        this(gates, evidence, portfolio, permissions, people, traces, contracts, assumptions, Optional.of(performance),
                Optional.of(signals));
    }

    private InitiativePanelFactory(GateService gates, EvidenceService evidence, PortfolioService portfolio,
            PermissionCheck permissions, People people, TraceService traces, ContractService contracts,
            AssumptionService assumptions, Optional<PerformanceService> performance, Optional<SignalService> signals) {
        this.performance = performance;
        this.signals = signals;
        this.traces = traces;
        this.contracts = contracts;
        this.assumptions = assumptions;
        this.gates = gates;
        this.evidence = evidence;
        this.portfolio = portfolio;
        this.permissions = permissions;
        this.people = people;
    }

    public InitiativePanel panel(PanelRequest request) {
        Initiative initiative = request.initiative();
        ViewText text = ViewText.forLocale(request.locale());
        List<GateSection> ahead = gates.aheadOf(request.viewer(), initiative, request.parameters()).stream()
                .map(judged -> GateSection.of(judged, text)).toList();
        String stageNote = !ahead.isEmpty() ? ""
                : text.html(GateWords.noGateKey(initiative.stage().isClosed()),
                        text.text("throughline.web.stage." + initiative.stage().name()));
        Ledger ledger = evidence.ledger(request.viewer(), initiative.key());
        InitiativeDependencies dependencies = portfolio.forInitiative(request.viewer(), initiative.key());
        Trace trace = traces.trace(request.viewer(), initiative.key());
        Optional<Contract> contract = contracts.inForce(initiative, ledger);
        Delivered delivered = delivered(initiative, trace, ledger, contract);
        return new InitiativePanel(header(request, text), text, ahead, stageNote,
                MetricView.of(initiative.successMetric(), ledger.latestReading(), text),
                HorizonView.of(initiative.evidenceHorizon(), request.today(), text),
                evidence(ledger, text, request.zone()), dependencies(request, dependencies, trace, text),
                new DeliverySection(trace, text, request.contextPath(), request.zone()),
                contract.map(inForce -> CommitmentSection.of(inForce, initiative, people, text, request.zone()))
                        .orElseGet(CommitmentSection::none),
                new AssumptionSection(assumptions.assumptions(request.viewer(), initiative.key()), ledger.current(),
                        permissions.canEdit(request.viewer(), initiative.key()) && !initiative.stage().isClosed(),
                        people, text, request.zone()),
                DeliverySystemSection.of(delivered.figures(), text),
                SignalSection.of(delivered.signals(), text),
                permissions.canEdit(request.viewer(), initiative.key()));
    }

    /** The Delivery system figures and the signals, each empty when the host has none. */
    private record Delivered(Optional<DeliveryPerformance> figures, Optional<InitiativeSignals> signals) {
    }

    /**
     * The trace's delivery figures and the initiative's signals, from one read of its events where the
     * host judges signals; neither when the host keeps no events or the store cannot answer now.
     */
    private Delivered delivered(Initiative initiative, Trace trace, Ledger ledger, Optional<Contract> contract) {
        try {
            if (signals.isPresent()) {
                SignalService.WithFigures both = signals.get().forPanel(initiative, trace, ledger, contract,
                        DeliverySystemSection.DAYS);
                return new Delivered(Optional.of(both.figures()), Optional.of(both.signals()));
            }
            return new Delivered(performance.map(service -> service.forTrace(trace, DeliverySystemSection.DAYS)),
                    Optional.empty());
        } catch (RuntimeException e) {
            // The rest of the panel still helps; the figures come back when the store answers again.
            LOG.log(java.util.logging.Level.WARNING, "Delivery figures and signals of " + initiative.key().value()
                    + " could not be read", e);
            return new Delivered(Optional.empty(), Optional.empty());
        }
    }

    private InitiativePanel.PanelHeader header(PanelRequest request, ViewText text) {
        Initiative initiative = request.initiative();
        return new InitiativePanel.PanelHeader(Html.escape(initiative.key().value()),
                Html.escape(initiative.summary()),
                text.html("throughline.web.stage." + initiative.stage().name()),
                Html.escape(initiative.team().name()),
                initiative.owner().isPresent(),
                Html.escape(initiative.owner().map(people::displayName).orElse("")),
                initiative.owner().map(owner -> AvatarHtml.of(people.avatarUrl(owner))).orElse(""),
                Html.escape(request.contextPath() + REST_PATH),
                Html.escape(request.today().toString()),
                initiative.stage().isClosed());
    }

    private InitiativePanel.EvidenceSection evidence(Ledger ledger, ViewText text, ZoneId zone) {
        Map<EvidenceId, EvidenceId> supersededBy = new HashMap<>();
        for (EvidenceEntry entry : ledger.all()) {
            entry.supersedes().ifPresent(old -> supersededBy.put(old, entry.id()));
        }
        return new InitiativePanel.EvidenceSection(rows(ledger.current(), Map.of(), text, zone),
                rows(ledger.proposed(), Map.of(), text, zone),
                rows(ledger.all().stream().filter(e -> supersededBy.containsKey(e.id())).toList(), supersededBy, text,
                        zone));
    }

    /** The entries newest first, each with the entry that corrected it if {@code supersededBy} names one. */
    private List<EvidenceRow> rows(List<EvidenceEntry> entries, Map<EvidenceId, EvidenceId> supersededBy, ViewText text,
                                   ZoneId zone) {
        List<EvidenceRow> rows = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            EvidenceEntry entry = entries.get(i);
            rows.add(EvidenceRow.of(entry, Optional.ofNullable(supersededBy.get(entry.id())), people, text, zone));
        }
        return rows;
    }

    private InitiativePanel.DependencySection dependencies(PanelRequest request, InitiativeDependencies found,
                                                           Trace trace, ViewText text) {
        Map<InitiativeKey, DeliveryItem> traced = new HashMap<>();
        trace.items().forEach(item -> traced.put(item.key(), item));
        List<DependencyRow> rows = found.dependencies().stream()
                .map(status -> DependencyRow.of(status,
                        actsFor(request, status) && !request.initiative().stage().isClosed(),
                        editsConsumer(request),
                        status.dependency().providerIssue().map(traced::get), people, text, request.zone()))
                .toList();
        List<TextLine> withdrawn = found.withdrawn().stream()
                .map(dependency -> TextLine.of(text.text("throughline.web.dependency.withdrawn-line",
                        dependency.providerTeam().name(), dependency.description(),
                        dependency.lastChange().map(change -> people.displayName(change.by())).orElse(""),
                        dependency.lastChange().map(change -> change.at().atZone(request.zone()).toLocalDate().toString())
                                .orElse(""),
                        dependency.withdrawReason().orElse(""))))
                .toList();
        return new InitiativePanel.DependencySection(rows,
                found.rollUp().map(health -> text.html("throughline.web.health." + health.name())).orElse(""),
                found.rollUp().map(health -> Html.escape(HealthLozenge.cssClass(health))).orElse(""), withdrawn);
    }

    private boolean editsConsumer(PanelRequest request) {
        return !request.initiative().stage().isClosed()
                && permissions.canEdit(request.viewer(), request.initiative().key());
    }

    private boolean actsFor(PanelRequest request, DependencyStatus status) {
        return permissions.canActForTeam(request.viewer(), status.providerTeam());
    }
}
