package io.throughline.core.stageview;

import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.DeliveryRollUps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portfolio by stage: the scorecard's rows for the query (filtered, ordered, permission-filtered
 * as the scorecard reads them), grouped by stage in lifecycle order, with each initiative's stored
 * delivery roll-up and the gates ahead of its stage. The rows, their health and signals come from the
 * stored lines, a constant number of reads whatever the portfolio's size; a gate reads the
 * initiative's own record (its copy, ledger, dependencies, contract), so the gates are judged for
 * the rows of the page shown only: at most {@link #PAGE_SIZE} initiatives' worth of reads per page.
 * The portfolio is always as of now: a query's {@code asOf} is not read.
 */
public final class StagePortfolioService {

    /** Rows per page. */
    public static final int PAGE_SIZE = 50;

    private final ScorecardService scorecard;
    private final GateService gates;
    private final InitiativeRepository initiatives;
    private final DeliveryRollUps rollUps;
    private final PolicyParameters defaults;

    public StagePortfolioService(ScorecardService scorecard, GateService gates, InitiativeRepository initiatives,
                                 DeliveryRollUps rollUps, PolicyParameters defaults) {
        this.scorecard = scorecard;
        this.gates = gates;
        this.initiatives = initiatives;
        this.rollUps = rollUps;
        this.defaults = defaults;
    }

    /**
     * One page of the portfolio (from 1; a page past the last shows the last), with the gates ahead
     * judged for its rows.
     *
     * @throws io.throughline.core.common.ThroughlineException.InvalidInput on {@code team} for a team the
     *     viewer may not know about
     */
    public StagePortfolio page(UserRef viewer, ScorecardQuery query, int page) {
        Read read = read(viewer, query);
        int total = read.rows.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        int from = (shown - 1) * PAGE_SIZE;
        List<ScorecardRow> onPage = read.rows.subList(from, Math.min(total, from + PAGE_SIZE));
        return new StagePortfolio(read.card.asOf(), read.card.teams(), oldest(onPage), total, shown, pages, PAGE_SIZE, true,
                sections(read, onPage, true, viewer));
    }

    /**
     * Every row of the query on one page, for an export: the gates ahead are named in each section
     * but not judged, so an export of any size costs the same reads as a page without its gates.
     */
    public StagePortfolio all(UserRef viewer, ScorecardQuery query) {
        Read read = read(viewer, query);
        int total = read.rows.size();
        return new StagePortfolio(read.card.asOf(), read.card.teams(), oldest(read.rows), total, 1, 1, Math.max(1, total), false,
                sections(read, read.rows, false, viewer));
    }

    /** The zone the portfolio's days and times are read in (the host's). */
    public java.time.ZoneId zone() {
        return scorecard.zone();
    }

    /** The names of the gates ahead of a stage, in order (empty where none is). */
    public List<String> gatesAhead(Stage stage) {
        return GateService.ahead(stage, defaults).stream().map(Gate::name).toList();
    }

    /**
     * An initiative's dependency health from its line: the worst of its dependencies, withdrawn ones
     * left out (docs/semantics.md, "Dependency health"). The line keeps the worst of the open ones;
     * when every one was delivered, that is {@link Health#DONE}; none without a dependency.
     */
    public static Optional<Health> health(ScorecardLine line) {
        ScorecardLine.Coordination coordination = line.coordination();
        return coordination.worstHealth()
                .or(() -> coordination.dependencies() > 0 ? Optional.of(Health.DONE) : Optional.empty());
    }

    private record Read(Scorecard card, List<ScorecardRow> rows, Map<InitiativeKey, DeliveryRollUp> delivery) {
    }

    /** The scorecard of today for the query, with the portfolio's health filter and order, then by stage. */
    private Read read(UserRef viewer, ScorecardQuery query) {
        // The portfolio's health is the initiative's (delivered dependencies count), so it filters it itself.
        ScorecardQuery today = new ScorecardQuery(Optional.empty(), query.teams(), query.stages(), query.owner(),
                Optional.empty(), query.signal(), query.sort(), query.descending());
        Scorecard card = scorecard.scorecard(viewer, today);
        List<ScorecardRow> rows = new ArrayList<>();
        for (ScorecardRow row : card.rows()) {
            if (query.health().map(wanted -> health(row.line()).filter(wanted::equals).isPresent()).orElse(true)) {
                rows.add(row);
            }
        }
        if (query.sort() == ScorecardQuery.Sort.HEALTH) {
            rows.sort(byHealth(query.descending()));
        }
        // A stable sort: within a stage, the order asked stays.
        rows.sort(Comparator.comparing(row -> row.line().stage()));
        Map<InitiativeKey, DeliveryRollUp> delivery = new HashMap<>();
        for (DeliveryRollUp rollUp : rollUps.findAll()) {
            delivery.put(rollUp.initiative(), rollUp);
        }
        return new Read(card, rows, delivery);
    }

    private static Comparator<ScorecardRow> byHealth(boolean descending) {
        Comparator<Integer> severity = descending ? Comparator.<Integer>reverseOrder() : Comparator.<Integer>naturalOrder();
        return Comparator.comparing((ScorecardRow row) -> health(row.line()).map(Health::severity).orElse(null),
                Comparator.nullsLast(severity)).thenComparing(row -> row.line().initiative());
    }

    private List<StageSection> sections(Read read, List<ScorecardRow> shown, boolean judge, UserRef viewer) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        read.rows.forEach(row -> counts.merge(row.line().stage(), 1, Integer::sum));
        Map<Stage, List<StageRow>> byStage = new EnumMap<>(Stage.class);
        for (ScorecardRow row : shown) {
            Stage stage = row.line().stage();
            List<GateAhead> judged = judge ? judged(viewer, row.line().initiative(), stage) : List.of();
            byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(new StageRow(row, health(row.line()),
                    Optional.ofNullable(read.delivery.get(row.line().initiative())), judged));
        }
        List<StageSection> sections = new ArrayList<>();
        byStage.forEach((stage, rows) -> sections.add(new StageSection(stage, counts.get(stage), gatesAhead(stage),
                rows)));
        return sections;
    }

    /** The gates ahead of the row's stage, judged on the initiative as it is now (none if it is gone meanwhile). */
    private List<GateAhead> judged(UserRef viewer, InitiativeKey key, Stage stage) {
        List<String> ahead = gatesAhead(stage);
        if (ahead.isEmpty()) {
            return List.of();
        }
        Optional<Initiative> initiative = initiatives.find(key);
        if (initiative.isEmpty()) {
            return List.of();
        }
        return ahead.stream().map(gate -> gates.judge(viewer, initiative.get(), gate, defaults)).toList();
    }

    private static Optional<Instant> oldest(List<ScorecardRow> rows) {
        return rows.stream().map(row -> row.line().computedAt()).min(Comparator.naturalOrder());
    }
}
