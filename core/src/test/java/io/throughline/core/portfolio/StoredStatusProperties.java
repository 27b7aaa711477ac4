package io.throughline.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.InteractionForm;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stored statuses after random sequences of writes, day changes and day-change jobs, against a
 * judgement of the whole graph from scratch: after every step every stored status is exactly what that
 * judgement says as of the one day all of them were judged as of (health, reasons, late discovery,
 * teams, state); whatever stores or shows them brings that day to today or yesterday (the stated
 * staleness: a day change not yet followed by the job), the day-change job to today, and a portfolio
 * view shows the judgement of the stored day when it is today or yesterday, of today otherwise.
 */
class StoredStatusProperties {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final Team[] TEAMS = {Team.of("Growth"), Team.of("Identity"), Team.of("Data"), Team.of("Billing")};
    private static final String[] PROJECTS = {"GROW", "IDN", "DATA", "BILL"};
    private static final int INITIATIVES = 7;

    /** One step of a random history; indexes pick among what exists when the step runs. */
    sealed interface Step permits Request, Answer, MoveStage, ChangeTeam, MoveProject, Advance, DayChangeJob, View,
            Interactions {
    }

    record Request(int consumer, int providerIssue, int team, int neededIn) implements Step {
    }

    /** kind: commit, decline, deliver, revise, reopen, withdraw. */
    record Answer(int dependency, int kind, int days) implements Step {
    }

    record MoveStage(int initiative, int stage) implements Step {
    }

    record ChangeTeam(int initiative, int team) implements Step {
    }

    record MoveProject(int initiative) implements Step {
    }

    record Advance(int days) implements Step {
    }

    record DayChangeJob() implements Step {
    }

    record View() implements Step {
    }

    record Interactions(int consumer, int provider, int sla) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Step> request = Combinators.combine(any, Arbitraries.integers().between(-1, 1_000), any,
                Arbitraries.integers().between(0, 6)).as(Request::new);
        // Declines and commitments more often than deliveries and withdrawals: blocking is what travels.
        Arbitrary<Integer> kind = Arbitraries.of(0, 0, 0, 1, 1, 1, 2, 3, 4, 4, 5);
        Arbitrary<Step> answer = Combinators.combine(any, kind, Arbitraries.integers().between(0, 8)).as(Answer::new);
        Arbitrary<Step> stage = Combinators.combine(any, any).as(MoveStage::new);
        Arbitrary<Step> team = Combinators.combine(any, any).as(ChangeTeam::new);
        Arbitrary<Step> project = any.map(MoveProject::new);
        Arbitrary<Step> advance = Arbitraries.integers().between(1, 3).map(Advance::new);
        Arbitrary<Step> job = Arbitraries.just(new DayChangeJob());
        Arbitrary<Step> view = Arbitraries.just(new View());
        Arbitrary<Step> interactions = Combinators.combine(any, any, Arbitraries.integers().between(0, 3))
                .as(Interactions::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, request), net.jqwik.api.Tuple.of(10, answer), net.jqwik.api.Tuple.of(3, stage),
                net.jqwik.api.Tuple.of(1, team), net.jqwik.api.Tuple.of(1, project), net.jqwik.api.Tuple.of(3, advance),
                net.jqwik.api.Tuple.of(2, job), net.jqwik.api.Tuple.of(2, view), net.jqwik.api.Tuple.of(1, interactions));
        return step.list().ofMinSize(8).ofMaxSize(50);
    }

    @Property(tries = 250)
    void storedStatusesAreAlwaysTheWholeGraphJudgedAsOfTheirDay(@ForAll("histories") List<Step> history) {
        History run = new History();
        for (Step step : history) {
            run.apply(step);
            run.check(step);
        }
        // The histories reach what the refresh must get right: blocking carried along a chain, late discoveries.
        net.jqwik.api.statistics.Statistics.label("blocked through a provider").collect(run.sawProviderBlocked);
        net.jqwik.api.statistics.Statistics.label("blocked two links down").collect(run.sawChain);
        net.jqwik.api.statistics.Statistics.label("late discovered").collect(run.sawLate);
        net.jqwik.api.statistics.Statistics.label("blocked through a provider")
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
        net.jqwik.api.statistics.Statistics.label("blocked two links down")
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    }

    /** A world keeping statuses, seven initiatives over four teams, and what the steps did to it. */
    private static final class History {
        final TestWorld world = TestWorld.keepingStatuses(START, TEAMS);
        final UserRef lead = world.admin("ops.lead");
        final List<InitiativeKey> keys = new ArrayList<>();
        final List<Dependency> requested = new ArrayList<>();
        int moves;
        int replacesBefore;
        boolean sawProviderBlocked;
        boolean sawChain;
        boolean sawLate;

        History() {
            for (int i = 0; i < INITIATIVES; i++) {
                String key = PROJECTS[i % PROJECTS.length] + "-" + (i + 1);
                world.app.initiatives().save(lead, InitiativeBuilder.initiative(key)
                        .team(TEAMS[i % TEAMS.length].name()).stage(i % 3 == 0 ? Stage.COMMITTED : Stage.BET).build());
                keys.add(InitiativeKey.parse(key));
            }
        }

        void apply(Step step) {
            replacesBefore = world.statuses.replaces();
            try {
                if (step instanceof Request r) {
                    request(r);
                } else if (step instanceof Answer a) {
                    answer(a);
                } else if (step instanceof MoveStage m) {
                    world.app.initiatives().recordStage(lead, pick(keys, m.initiative()),
                            Stage.values()[m.stage() % Stage.values().length]);
                } else if (step instanceof ChangeTeam c) {
                    Initiative now = world.initiatives.find(pick(keys, c.initiative())).orElseThrow();
                    world.app.initiatives().recordHostChange(lead, new Initiative(now.key(), now.summary(),
                            TEAMS[c.team() % TEAMS.length], now.stage(), now.owner(), now.successMetric(),
                            now.evidenceHorizon()));
                } else if (step instanceof MoveProject m) {
                    moveProject(m);
                } else if (step instanceof Advance a) {
                    world.clock.advanceDays(a.days());
                } else if (step instanceof DayChangeJob) {
                    world.app.statuses().rejudgeAll();
                } else if (step instanceof View) {
                    view();
                } else if (step instanceof Interactions i) {
                    world.app.interactions().replace(List.of(new InteractionForm.Row(
                            TEAMS[i.consumer() % TEAMS.length].name(), TEAMS[(i.consumer() + 1 + i.provider() % 3)
                                    % TEAMS.length].name(), "X_AS_A_SERVICE", String.valueOf(i.sla()))),
                            OptionalLong.of(world.interactions.table().version()));
                }
            } catch (ThroughlineException refused) {
                // A step the app refuses (a closed initiative, an answer its state does not allow) writes nothing.
            }
        }

        private void request(Request r) {
            InitiativeKey consumer = pick(keys, r.consumer());
            Team consumerTeam = world.initiatives.find(consumer).orElseThrow().team();
            String issue = null;
            Team provider = TEAMS[(indexOf(consumerTeam) + 1 + r.team() % (TEAMS.length - 1)) % TEAMS.length];
            if (r.providerIssue() >= 0) {
                InitiativeKey key = pick(keys, r.providerIssue());
                if (!key.equals(consumer)) {
                    issue = key.value();
                    Team owner = world.initiatives.find(key).orElseThrow().team();
                    provider = owner.equals(consumerTeam) ? provider : owner;
                }
            }
            requested.add(world.app.dependencies().request(lead, consumer, new DependencyForm(provider.name(), issue,
                    "Needs " + provider.name(), world.clock.today().plusDays(r.neededIn()).toString())));
        }

        private void answer(Answer a) {
            if (requested.isEmpty()) {
                return;
            }
            Dependency dependency = pick(requested, a.dependency());
            String date = world.clock.today().plusDays(a.days()).toString();
            var service = world.app.dependencies();
            switch (a.kind()) {
                case 0 -> service.commit(lead, dependency.id(), date);
                case 1 -> service.decline(lead, dependency.id(), "No capacity");
                case 2 -> service.deliver(lead, dependency.id());
                case 3 -> service.revise(lead, dependency.id(), world.clock.today().plusDays(a.days() + 1).toString(),
                        "Later");
                case 4 -> service.reopen(lead, dependency.id(), date, "");
                default -> service.withdraw(lead, dependency.id(), "Not needed");
            }
        }

        /** The issue moves to another key of its project: everything follows it, then the host records its copy. */
        private void moveProject(MoveProject m) {
            int index = Math.floorMod(m.initiative(), keys.size());
            InitiativeKey from = keys.get(index);
            InitiativeKey to = InitiativeKey.parse(from.projectKey() + "-" + (100 + ++moves));
            Initiative copy = world.initiatives.find(from).orElseThrow();
            world.app.initiatives().recordMove(from, to);
            world.app.initiatives().recordHostChange(lead, new Initiative(to, copy.summary(), copy.team(),
                    copy.stage(), copy.owner(), copy.successMetric(), copy.evidenceHorizon()));
            keys.set(index, to);
        }

        /** A view shows the judgement of the stored day when it is today or yesterday, of today otherwise. */
        private void view() {
            Optional<LocalDate> day = storedDay();
            LocalDate today = world.clock.today();
            LocalDate expected = day.filter(d -> DependencyStatusService.fresh(d, today)).orElse(today);
            PortfolioStatus status = world.app.portfolio().dependencyStatus(lead, Set.of());
            Map<Long, StoredStatus> judged = judgedFromScratch(expected);
            assertThat(status.rows()).hasSize(judged.size());
            for (var row : status.rows()) {
                StoredStatus shown = StoredStatus.of(row.status(), expected, Instant.EPOCH);
                assertThat(shown).as("row %s", row.status().dependency().id())
                        .isEqualTo(judged.get(row.status().dependency().id().value()));
            }
            assertThat(status.summary().total()).isEqualTo(judged.size());
        }

        void check(Step step) {
            List<StoredStatus> stored = world.statuses.peek();
            Set<LocalDate> days = stored.stream().map(StoredStatus::judgedOn).collect(Collectors.toSet());
            assertThat(days).as("every status is judged as of one day, after %s", step).hasSizeLessThanOrEqualTo(1);
            LocalDate today = world.clock.today();
            LocalDate day = days.isEmpty() ? today : days.iterator().next();
            if (world.statuses.replaces() > replacesBefore || step instanceof View) {
                // Whatever stores or shows statuses brings them to today or yesterday; only time makes them older.
                assertThat(day).as("stale by at most one day, after %s", step).isBetween(today.minusDays(1), today);
            }
            if (step instanceof DayChangeJob) {
                assertThat(day).as("the day-change job judges as of today").isEqualTo(today);
            }
            Map<Long, StoredStatus> kept = new HashMap<>();
            stored.forEach(s -> kept.put(s.id().value(), s.judgedAt(s.judgedOn(), Instant.EPOCH)));
            Set<InitiativeKey> blockedVia = new TreeSet<>();
            for (StoredStatus status : stored) {
                sawLate |= status.lateDiscovered();
                status.reasons().stream().filter(r -> r.via().isPresent()).forEach(r -> blockedVia.add(status.consumer()));
            }
            sawProviderBlocked |= !blockedVia.isEmpty();
            sawChain |= stored.stream().anyMatch(s -> s.reasons().stream()
                    .anyMatch(r -> r.via().filter(blockedVia::contains).isPresent()));
            assertThat(kept).as("stored against judged from scratch as of %s, after %s", day, step)
                    .isEqualTo(judgedFromScratch(day));
        }

        private Optional<LocalDate> storedDay() {
            return world.statuses.peek().stream().map(StoredStatus::judgedOn).max(LocalDate::compareTo);
        }

        /** Every dependency of a known initiative but the withdrawn ones, judged from scratch as of {@code day}. */
        Map<Long, StoredStatus> judgedFromScratch(LocalDate day) {
            Map<InitiativeKey, Instant> commitments = world.stages.firstCommitments();
            List<InitiativeNode> nodes = new ArrayList<>();
            Set<InitiativeKey> known = new TreeSet<>();
            for (Initiative initiative : world.initiatives.findAll()) {
                known.add(initiative.key());
                nodes.add(new InitiativeNode(initiative.key(), initiative.team(), initiative.stage(),
                        Optional.ofNullable(commitments.get(initiative.key()))));
            }
            List<Dependency> judged = world.dependencies.findAll().stream()
                    .filter(d -> known.contains(d.consumer()) && !d.state().isWithdrawn()).toList();
            Map<Long, StoredStatus> expected = new HashMap<>();
            for (DependencyStatus status : DependencyGraph.analyse(nodes, judged, new HealthRules(day,
                    world.clock.zone(), PolicyParameters.defaults().ackSlaDays(), world.interactions.table())).all()) {
                expected.put(status.dependency().id().value(), StoredStatus.of(status, day, Instant.EPOCH));
            }
            return expected;
        }

        private static int indexOf(Team team) {
            for (int i = 0; i < TEAMS.length; i++) {
                if (TEAMS[i].equals(team)) {
                    return i;
                }
            }
            return 0;
        }

        private static <T> T pick(List<T> from, int index) {
            return from.get(Math.floorMod(index, from.size()));
        }
    }
}
