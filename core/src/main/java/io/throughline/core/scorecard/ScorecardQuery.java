package io.throughline.core.scorecard;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.signal.Signal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a scorecard view asks for: the day it is as of (today when empty), the teams (all the viewer
 * may know about when none), the stages, the owner, the worst dependency health and a signal to
 * keep rows by (each empty for all), and the order.
 */
public record ScorecardQuery(Optional<LocalDate> asOf, Collection<Team> teams, Set<Stage> stages,
                             Optional<String> owner, Optional<Health> health, Optional<Signal> signal, Sort sort,
                             boolean descending) {

    public static final String AS_OF = "asOf";
    public static final String TEAM = "team";
    public static final String STAGE = "stage";
    public static final String OWNER = "owner";
    public static final String HEALTH = "health";
    public static final String SIGNAL = "signal";
    public static final String SORT = "sort";
    public static final String ORDER = "order";

    /** Every initiative the viewer may see, today, by key. */
    public static final ScorecardQuery ALL = new ScorecardQuery(Optional.empty(), List.of(), Set.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Sort.KEY, false);

    public ScorecardQuery {
        Objects.requireNonNull(asOf, "asOf");
        teams = List.copyOf(teams);
        stages = stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(sort, "sort");
    }

    /** The orders a scorecard can be read in; a row without the figure goes last either way. */
    public enum Sort {
        KEY(row -> null),
        TEAM(row -> null),
        STAGE(row -> BigDecimal.valueOf(row.line().stage().ordinal())),
        OUTCOME(row -> row.line().outcome().progressPercent().map(BigDecimal::valueOf).orElse(null)),
        HORIZON(row -> row.line().horizonDaysLeft().map(BigDecimal::valueOf).orElse(null)),
        TRACE(row -> row.line().delivery().percentDone().map(BigDecimal::valueOf).orElse(null)),
        DEPLOYMENTS(row -> row.line().delivery().deploymentsPerWeek()),
        FAIL_RATE(row -> row.line().delivery().changeFailRate().orElse(null)),
        DECISION(row -> row.line().coordination().decisionDays().map(BigDecimal::valueOf).orElse(null)),
        DEPENDENCIES(row -> BigDecimal.valueOf(row.line().coordination().openDependencies())),
        HEALTH(row -> row.line().coordination().worstHealth().map(h -> BigDecimal.valueOf(h.severity())).orElse(null)),
        ACKNOWLEDGEMENT(row -> row.line().coordination().ackMedianDays().orElse(null)),
        LATE(row -> BigDecimal.valueOf(row.line().coordination().lateDiscovered())),
        SIGNALS(row -> BigDecimal.valueOf(row.line().signals().size()));

        private final Function<ScorecardRow, BigDecimal> value;

        Sort(Function<ScorecardRow, BigDecimal> value) {
            this.value = value;
        }

        /** Rows in this order (descending when asked), those without the figure last, then by key. */
        public Comparator<ScorecardRow> order(boolean descending) {
            Comparator<ScorecardRow> byKey = Comparator.comparing(row -> row.line().initiative());
            if (this == KEY) {
                return descending ? byKey.reversed() : byKey;
            }
            if (this == TEAM) {
                Comparator<ScorecardRow> byTeam = Comparator.comparing(row -> row.line().team());
                return (descending ? byTeam.reversed() : byTeam).thenComparing(byKey);
            }
            Comparator<BigDecimal> figures = descending ? Comparator.<BigDecimal>reverseOrder()
                    : Comparator.<BigDecimal>naturalOrder();
            return Comparator.comparing(value, Comparator.nullsLast(figures)).thenComparing(byKey);
        }
    }

    /**
     * The query from what a person typed (each may be null or blank): a date as {@code YYYY-MM-DD},
     * team names, stage, health and signal names, a sort name and {@code asc} or {@code desc}.
     *
     * @throws io.throughline.core.common.ThroughlineException.InvalidInput naming each field that is wrong
     */
    public static ScorecardQuery parse(String asOf, Collection<String> teams, Collection<String> stages, String owner,
                                       String health, String signal, String sort, String order) {
        FieldErrors errors = new FieldErrors();
        Optional<LocalDate> day = Optional.empty();
        if (present(asOf)) {
            try {
                day = Optional.of(LocalDate.parse(asOf.strip()));
            } catch (DateTimeParseException e) {
                errors.add(AS_OF, "throughline.scorecard.as-of.not-a-date", asOf.strip());
            }
        }
        List<Team> asked = teams == null ? List.of() : teams.stream().filter(ScorecardQuery::present)
                .map(name -> Team.of(name.strip())).toList();
        Set<Stage> inStages = EnumSet.noneOf(Stage.class);
        for (String name : stages == null ? List.<String>of() : stages) {
            if (present(name)) {
                named(Stage.class, name).ifPresentOrElse(inStages::add,
                        () -> errors.add(STAGE, "throughline.scorecard.stage.unknown", name.strip()));
            }
        }
        Optional<Health> worst = Optional.empty();
        if (present(health)) {
            worst = named(Health.class, health);
            if (worst.isEmpty()) {
                errors.add(HEALTH, "throughline.scorecard.health.unknown", health.strip());
            }
        }
        Optional<Signal> raised = Optional.empty();
        if (present(signal)) {
            raised = named(Signal.class, signal);
            if (raised.isEmpty()) {
                errors.add(SIGNAL, "throughline.scorecard.signal.unknown", signal.strip());
            }
        }
        Sort by = Sort.KEY;
        if (present(sort)) {
            Optional<Sort> named = named(Sort.class, sort);
            if (named.isEmpty()) {
                errors.add(SORT, "throughline.scorecard.sort.unknown", sort.strip());
            }
            by = named.orElse(Sort.KEY);
        }
        boolean descending = false;
        if (present(order)) {
            String o = order.strip().toLowerCase(Locale.ROOT);
            if (!o.equals("asc") && !o.equals("desc")) {
                errors.add(ORDER, "throughline.scorecard.order.unknown", order.strip());
            }
            descending = o.equals("desc");
        }
        errors.throwIfAny();
        return new ScorecardQuery(day, asked, inStages, present(owner) ? Optional.of(owner.strip()) : Optional.empty(),
                worst, raised, by, descending);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
