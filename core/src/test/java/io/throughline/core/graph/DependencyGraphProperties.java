package io.throughline.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.RandomPortfolios;
import io.throughline.core.testing.RandomPortfolios.Portfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Invariants of the dependency graph over random small portfolios and team graphs. */
class DependencyGraphProperties {

    @Provide
    Arbitrary<Portfolio> portfolios() {
        return RandomPortfolios.portfolios();
    }

    @Provide
    Arbitrary<Tuple2<Portfolio, Dependency>> portfoliosWithOneMoreDelivery() {
        return RandomPortfolios.shapes().flatMap(shape -> Combinators
                .combine(RandomPortfolios.portfolios(shape), RandomPortfolios.deliveredDependencies(shape))
                .as((portfolio, delivery) -> Tuple.of(portfolio, delivery.build(
                        portfolio.dependencies().size() + 1L, portfolio.initiatives(), shape))));
    }

    @Property
    void rollUpIsTheWorstHealthOfTheInitiativesOwnDependencies(@ForAll("portfolios") Portfolio portfolio) {
        DependencyAnalysis analysis = portfolio.analyse();

        for (InitiativeNode initiative : portfolio.initiatives()) {
            Optional<Health> worst = analysis.all().stream()
                    .filter(status -> status.dependency().consumer().equals(initiative.key()))
                    .map(DependencyStatus::health)
                    .max(Comparator.comparingInt(Health::ordinal));
            assertThat(analysis.rollUp(initiative.key())).as("roll-up of %s", initiative.key()).isEqualTo(worst);
        }
        assertThat(analysis.statuses()).hasSize((int) portfolio.dependencies().stream()
                .filter(dependency -> dependency.state() != DependencyState.WITHDRAWN).count());
    }

    @Property
    void aWithdrawnDependencyIsJudgedNowhere(@ForAll("portfolios") Portfolio portfolio) {
        DependencyAnalysis analysis = portfolio.analyse();

        for (Dependency dependency : portfolio.dependencies()) {
            assertThat(analysis.statuses().containsKey(dependency.id()))
                    .as("%s is %s", dependency.id(), dependency.state())
                    .isEqualTo(dependency.state() != DependencyState.WITHDRAWN);
        }
    }

    @Property
    void addingADeliveredDependencyNeverWorsensARollUpNorChangesAnotherDependency(
            @ForAll("portfoliosWithOneMoreDelivery") Tuple2<Portfolio, Dependency> portfolioAndDelivery) {
        Portfolio before = portfolioAndDelivery.get1();
        Dependency delivery = portfolioAndDelivery.get2();
        DependencyAnalysis original = before.analyse();

        DependencyAnalysis extended = before.plus(delivery).analyse();

        assertThat(extended.status(delivery.id()).health()).isEqualTo(Health.DONE);
        for (DependencyStatus status : original.all()) {
            DependencyStatus now = extended.status(status.dependency().id());
            assertThat(now.health()).as("health of %s", status.dependency().id()).isEqualTo(status.health());
            assertThat(now.reasons()).as("reasons of %s", status.dependency().id()).isEqualTo(status.reasons());
        }
        for (InitiativeNode initiative : before.initiatives()) {
            Optional<Health> was = original.rollUp(initiative.key());
            Optional<Health> is = extended.rollUp(initiative.key());
            if (was.isPresent()) {
                assertThat(is.orElseThrow().ordinal()).as("roll-up of %s", initiative.key())
                        .isLessThanOrEqualTo(was.get().ordinal());
            } else {
                assertThat(is).as("roll-up of %s", initiative.key()).isIn(Optional.empty(), Optional.of(Health.DONE));
            }
        }
    }

    @Property
    void blockedReasonNeverLeavesADependencyOnTrackAndEveryWarningHasAReasonOfItsLevel(
            @ForAll("portfolios") Portfolio portfolio) {
        DependencyAnalysis analysis = portfolio.analyse();
        Set<InitiativeKey> blockedInitiatives = RulesOracle.blockedInitiatives(portfolio);

        for (DependencyStatus status : analysis.all()) {
            Dependency dependency = status.dependency();
            boolean blockedReasonApplies = dependency.state() != DependencyState.DELIVERED
                    && (RulesOracle.directlyBlocked(dependency, portfolio.rules())
                    || dependency.providerIssue().map(blockedInitiatives::contains).orElse(false));
            if (blockedReasonApplies) {
                assertThat(status.health()).as("health of %s", dependency.id()).isNotEqualTo(Health.ON_TRACK)
                        .isEqualTo(Health.BLOCKED);
            }
            if (status.health() == Health.BLOCKED || status.health() == Health.AT_RISK) {
                assertThat(status.reasons()).as("reasons of %s", dependency.id()).isNotEmpty()
                        .allSatisfy(reason -> assertThat(reason.code().health()).isEqualTo(status.health()));
            } else {
                assertThat(status.reasons()).as("reasons of %s", dependency.id()).isEmpty();
            }
            for (HealthReason reason : status.reasons()) {
                if (reason.code() == HealthReason.Code.PROVIDER_BLOCKED) {
                    assertThat(reason.via()).isEqualTo(dependency.providerIssue());
                    assertThat(blockedInitiatives).contains(reason.via().orElseThrow());
                }
            }
        }
    }

    @Property
    void healthAndReasonsAgreeWithANaiveFixpointOfTheRules(@ForAll("portfolios") Portfolio portfolio) {
        DependencyAnalysis analysis = portfolio.analyse();
        Map<DependencyId, RulesOracle.Verdict> expected = RulesOracle.judge(portfolio);

        for (DependencyStatus status : analysis.all()) {
            RulesOracle.Verdict oracle = expected.get(status.dependency().id());
            assertThat(status.health()).as("health of %s", status.dependency().id()).isEqualTo(oracle.health());
            assertThat(status.reasons()).as("reasons of %s", status.dependency().id())
                    .containsExactlyInAnyOrderElementsOf(oracle.reasons());
            assertThat(status.lateDiscovered()).as("late discovery of %s", status.dependency().id())
                    .isEqualTo(oracle.lateDiscovered());
        }
    }

    // --- cycles ----------------------------------------------------------------------------------

    @Provide
    Arbitrary<Map<Team, List<Team>>> teamGraphs() {
        return Arbitraries.integers().between(1, 10).flatMap(size -> {
            Arbitrary<Integer> team = Arbitraries.integers().between(0, size - 1);
            return Combinators.combine(team, team).as(Tuple::of).list().ofMaxSize(3 * size)
                    .map(edges -> {
                        Map<Team, List<Team>> graph = new TreeMap<>();
                        for (Tuple2<Integer, Integer> edge : edges) {
                            graph.computeIfAbsent(team(edge.get1()), key -> new ArrayList<>()).add(team(edge.get2()));
                        }
                        return graph;
                    });
        });
    }

    private static Team team(int index) {
        return Team.of("T" + index);
    }

    @Property
    void cyclesAreExactlyTheGroupsOfMutuallyReachableTeams(@ForAll("teamGraphs") Map<Team, List<Team>> graph) {
        List<SortedSet<Team>> cycles = TeamCycles.inGraph(graph);

        assertThat(Set.copyOf(cycles)).isEqualTo(mutuallyReachableGroups(graph));
        assertThat(cycles).doesNotHaveDuplicates();
        assertThat(cycles).isSortedAccordingTo(Comparator.comparing(SortedSet::first));
    }

    /** Brute force: transitive closure by Floyd–Warshall, then group teams that reach each other. */
    private static Set<Set<Team>> mutuallyReachableGroups(Map<Team, List<Team>> graph) {
        SortedSet<Team> all = new TreeSet<>(graph.keySet());
        graph.values().forEach(all::addAll);
        List<Team> teams = List.copyOf(all);
        int n = teams.size();
        boolean[][] reach = new boolean[n][n];
        graph.forEach((from, targets) -> targets.forEach(to -> reach[teams.indexOf(from)][teams.indexOf(to)] = true));
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        Set<Set<Team>> groups = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Set<Team> group = new TreeSet<>();
            group.add(teams.get(i));
            for (int j = 0; j < n; j++) {
                if (i != j && reach[i][j] && reach[j][i]) {
                    group.add(teams.get(j));
                }
            }
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        return groups;
    }
}
