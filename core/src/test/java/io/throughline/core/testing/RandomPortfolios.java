package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.graph.DependencyAnalysis;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for small random portfolios around a fixed today: 1–8 teams, 1–15 initiatives,
 * up to 30 dependencies in any state, with dates on both sides of today and of the SLA.
 */
public final class RandomPortfolios {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOON_TODAY = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
    private static final long DAY = Duration.ofDays(1).toSeconds();
    private static final UserRef ASKER = UserRef.of("pm.random");
    private static final UserRef LEAD = UserRef.of("lead.random");

    private RandomPortfolios() {
    }

    /** How many teams and initiatives a portfolio has; everything else is drawn within these. */
    public record Shape(int teams, int initiatives) {
        Team team(int index) {
            return Team.of("T" + index);
        }

        InitiativeKey initiative(int index) {
            return new InitiativeKey("I-" + (index + 1));
        }
    }

    /** Initiatives, their dependencies and the rules to judge them by. */
    public record Portfolio(List<InitiativeNode> initiatives, List<Dependency> dependencies, HealthRules rules) {
        public Portfolio {
            initiatives = List.copyOf(initiatives);
            dependencies = List.copyOf(dependencies);
        }

        public DependencyAnalysis analyse() {
            return DependencyGraph.analyse(initiatives, dependencies, rules);
        }

        public Portfolio plus(Dependency dependency) {
            List<Dependency> more = new ArrayList<>(dependencies);
            more.add(dependency);
            return new Portfolio(initiatives, more, rules);
        }
    }

    /** An initiative's team (by index) and first commitment, before it gets its key. */
    record Seat(int team, Optional<Instant> committedAt) {
        InitiativeNode node(InitiativeKey key, Shape shape) {
            return new InitiativeNode(key, shape.team(team), committedAt.isPresent() ? Stage.COMMITTED : Stage.BET,
                    committedAt);
        }
    }

    /** Who asks whom: indices into the shape's initiatives and teams; the issue may be absent. */
    record Ends(int consumer, int providerTeam, Optional<Integer> providerIssue) {
    }

    /** Needed-by relative to today, and how long before today's noon (UTC) the request was made. */
    record Timing(int neededByOffsetDays, long requestedSecondsAgo) {
    }

    /** How far the provider's answer got, and the seconds each step took after the last. */
    record Answer(DependencyState state, int committedSlipDays, long answerSeconds, long deliverySeconds) {
    }

    /** A dependency yet to be placed in a portfolio. */
    public record DependencySpec(Ends ends, Timing timing, Answer answer) {

        public Dependency build(long id, List<InitiativeNode> initiatives, Shape shape) {
            InitiativeKey consumer = initiatives.get(ends.consumer()).key();
            Optional<InitiativeKey> providerIssue = ends.providerIssue()
                    .filter(index -> index != ends.consumer())
                    .map(shape::initiative);
            LocalDate neededBy = TODAY.plusDays(timing.neededByOffsetDays());
            Instant requestedAt = NOON_TODAY.minusSeconds(timing.requestedSecondsAgo());
            Dependency dependency = Dependency.requested(new DependencyId(id), new NewDependency(consumer,
                    shape.team(ends.providerTeam()), providerIssue, "Random need " + id, neededBy, ASKER, requestedAt));
            Instant answeredAt = requestedAt.plusSeconds(answer.answerSeconds());
            LocalDate committedDate = neededBy.plusDays(answer.committedSlipDays());
            return switch (answer.state()) {
                case REQUESTED -> dependency;
                case DECLINED -> dependency.decline(LEAD, answeredAt, "Random refusal");
                case COMMITTED -> dependency.commit(LEAD, answeredAt, committedDate);
                case DELIVERED -> dependency.commit(LEAD, answeredAt, committedDate)
                        .deliver(LEAD, answeredAt.plusSeconds(answer.deliverySeconds()));
                case WITHDRAWN -> dependency.withdraw(ASKER, answeredAt, "Random withdrawal");
            };
        }
    }

    public static Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 15))
                .as(Shape::new);
    }

    public static Arbitrary<Portfolio> portfolios() {
        return shapes().flatMap(RandomPortfolios::portfolios);
    }

    public static Arbitrary<Portfolio> portfolios(Shape shape) {
        return Combinators.combine(
                        initiatives(shape),
                        dependencies(shape, Arbitraries.of(DependencyState.class)).list().ofMaxSize(30),
                        rules())
                .as((initiatives, specs, rules) -> new Portfolio(initiatives,
                        IntStream.range(0, specs.size())
                                .mapToObj(i -> specs.get(i).build(i + 1L, initiatives, shape))
                                .toList(),
                        rules));
    }

    /** Dependencies that have been delivered, anywhere in the shape. */
    public static Arbitrary<DependencySpec> deliveredDependencies(Shape shape) {
        return dependencies(shape, Arbitraries.just(DependencyState.DELIVERED));
    }

    static Arbitrary<List<InitiativeNode>> initiatives(Shape shape) {
        Arbitrary<Optional<Instant>> committedAt = secondsBeforeNoon(40).map(NOON_TODAY::minusSeconds).optional();
        return Combinators.combine(Arbitraries.integers().between(0, shape.teams() - 1), committedAt)
                .as(Seat::new)
                .list().ofSize(shape.initiatives())
                .map(seats -> IntStream.range(0, seats.size())
                        .mapToObj(i -> seats.get(i).node(shape.initiative(i), shape))
                        .toList());
    }

    static Arbitrary<DependencySpec> dependencies(Shape shape, Arbitrary<DependencyState> states) {
        Arbitrary<Integer> initiative = Arbitraries.integers().between(0, shape.initiatives() - 1);
        Arbitrary<Ends> ends = Combinators.combine(
                        initiative, Arbitraries.integers().between(0, shape.teams() - 1), initiative.optional(0.7))
                .as(Ends::new);
        Arbitrary<Timing> timing = Combinators.combine(Arbitraries.integers().between(-20, 20), secondsBeforeNoon(30))
                .as(Timing::new);
        Arbitrary<Long> step = Arbitraries.longs().between(0, 10 * DAY);
        Arbitrary<Answer> answer = Combinators.combine(states, Arbitraries.integers().between(-5, 5), step, step)
                .as(Answer::new);
        return Combinators.combine(ends, timing, answer).as(DependencySpec::new);
    }

    static Arbitrary<HealthRules> rules() {
        Arbitrary<ZoneId> zones = Arbitraries.of(
                ZoneOffset.UTC, ZoneId.of("Asia/Tokyo"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Kiritimati"));
        return Combinators.combine(zones, Arbitraries.integers().between(0, 7))
                .as((zone, sla) -> new HealthRules(TODAY, zone, sla));
    }

    /** Up to {@code days} days before today's noon, with whole-day boundaries drawn more often. */
    private static Arbitrary<Long> secondsBeforeNoon(int days) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, days * DAY)),
                Tuple.of(1, Arbitraries.integers().between(0, days).map(d -> d * DAY + 12 * 3600L)),
                Tuple.of(1, Arbitraries.integers().between(0, days).map(d -> d * DAY + 12 * 3600L + 1)));
    }
}
