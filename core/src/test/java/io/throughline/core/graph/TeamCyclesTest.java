package io.throughline.core.graph;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.InitiativeNodeBuilder.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.testing.DependencyBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamCyclesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** A team graph from edges written "A>B". */
    private static Map<Team, List<Team>> graph(String... edges) {
        Map<Team, List<Team>> graph = new LinkedHashMap<>();
        for (String edge : edges) {
            String[] ends = edge.split(">");
            graph.computeIfAbsent(Team.of(ends[0]), team -> new ArrayList<>()).add(Team.of(ends[1]));
        }
        return graph;
    }

    private static SortedSet<Team> teams(String... names) {
        return Arrays.stream(names).map(Team::of).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void graphWithoutCyclesHasNone() {
        assertThat(TeamCycles.inGraph(graph("A>B", "B>C", "A>C", "D>C"))).isEmpty();
        assertThat(TeamCycles.inGraph(Map.of())).isEmpty();
    }

    @Test
    void twoSeparateCyclesAreTwoGroupsOrderedByTheirFirstTeam() {
        List<SortedSet<Team>> cycles = TeamCycles.inGraph(graph("E>C", "C>D", "D>E", "F>A", "B>A", "A>B", "B>C"));

        assertThat(cycles).containsExactly(teams("A", "B"), teams("C", "D", "E"));
    }

    @Test
    void cycleInsideALargerCycleIsOneGroup() {
        assertThat(TeamCycles.inGraph(graph("A>B", "B>C", "C>A", "B>A"))).containsExactly(teams("A", "B", "C"));
    }

    @Test
    void cyclesSharingATeamAreOneGroup() {
        assertThat(TeamCycles.inGraph(graph("A>B", "B>A", "B>C", "C>B", "C>D"))).containsExactly(teams("A", "B", "C"));
    }

    @Test
    void selfLoopIsNotACycleBetweenTeams() {
        assertThat(TeamCycles.inGraph(graph("A>A"))).isEmpty();
        assertThat(TeamCycles.inGraph(graph("A>A", "A>B", "B>B"))).isEmpty();
        assertThat(TeamCycles.inGraph(graph("A>A", "A>B", "B>A"))).containsExactly(teams("A", "B"));
    }

    @Test
    void parallelEdgesStillGiveEachGroupOnce() {
        assertThat(TeamCycles.inGraph(graph("A>B", "A>B", "B>A", "B>A", "B>A"))).containsExactly(teams("A", "B"));
    }

    @Test
    void graphMayListTeamsWithoutEdgesAndImmutableTargetLists() {
        Map<Team, List<Team>> graph = graph("A>B", "B>C");
        graph.put(Team.of("C"), List.of(Team.of("A")));
        graph.put(Team.of("Z"), List.of());

        assertThat(TeamCycles.inGraph(graph)).containsExactly(teams("A", "B", "C"));
    }

    @Test
    void resultDoesNotDependOnTheOrderTheGraphIsGivenIn() {
        String[] edges = {"Q>R", "R>Q", "B>C", "C>B", "M>N", "N>O", "O>M", "C>M", "R>A"};
        List<String> reversed = Arrays.asList(edges.clone());
        Collections.reverse(reversed);

        List<SortedSet<Team>> forward = TeamCycles.inGraph(graph(edges));
        List<SortedSet<Team>> backward = TeamCycles.inGraph(graph(reversed.toArray(String[]::new)));
        List<SortedSet<Team>> hashed = TeamCycles.inGraph(new HashMap<>(graph(edges)));

        assertThat(forward).containsExactly(teams("B", "C"), teams("M", "N", "O"), teams("Q", "R"));
        assertThat(backward).isEqualTo(forward);
        assertThat(hashed).isEqualTo(forward);
    }

    @Test
    void reportedGroupsCannotBeChanged() {
        List<SortedSet<Team>> cycles = TeamCycles.inGraph(graph("A>B", "B>A"));

        assertThatThrownBy(() -> cycles.get(0).add(Team.of("C"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cycles.add(teams("C"))).isInstanceOf(UnsupportedOperationException.class);
    }

    // --- from judged dependencies ---------------------------------------------------------------

    private static final List<InitiativeNode> NODES = List.of(
            node("A-1").team("Alpha").build(), node("B-1").team("Beta").build(), node("C-1").team("Gamma").build());

    private static DependencyBuilder fresh(long id, String consumer, String provider) {
        return dependency(id).from(consumer).on(provider).requestedOn(TODAY.minusDays(1)).neededBy(TODAY.plusDays(30));
    }

    private static Dependency in(DependencyState state, DependencyBuilder builder) {
        return switch (state) {
            case REQUESTED -> builder.requested();
            case COMMITTED -> builder.committed(TODAY.plusDays(20));
            case DECLINED -> builder.declined("No");
            case DELIVERED -> builder.delivered();
            case WITHDRAWN -> builder.withdrawn(DependencyState.COMMITTED);
        };
    }

    private static List<SortedSet<Team>> cyclesOf(Dependency... dependencies) {
        DependencyAnalysis analysis = DependencyGraph.analyse(NODES, List.of(dependencies),
                new HealthRules(TODAY, ZoneOffset.UTC, 5));
        return TeamCycles.of(analysis.all());
    }

    @ParameterizedTest(name = "closing edge {0}")
    @EnumSource(DependencyState.class)
    void onlyOpenDependenciesCloseACycle(DependencyState closing) {
        List<SortedSet<Team>> cycles = cyclesOf(
                fresh(1, "A-1", "Beta").requested(),
                in(closing, fresh(2, "B-1", "Alpha")));

        assertThat(cycles).isEqualTo(closing.isOpen() ? List.of(teams("Alpha", "Beta")) : List.of());
    }

    @Test
    void cycleRunsBetweenTheConsumerInitiativesTeamAndTheProviderTeam() {
        List<SortedSet<Team>> cycles = cyclesOf(
                fresh(1, "A-1", "Beta").requested(),
                fresh(2, "B-1", "Gamma").committed(TODAY.plusDays(3)),
                fresh(3, "C-1", "Alpha").requested(),
                fresh(4, "A-1", "Alpha").requested());

        assertThat(cycles).containsExactly(teams("Alpha", "Beta", "Gamma"));
    }

    @Test
    void manyDependenciesAlongTheSameCycleReportItOnce() {
        List<SortedSet<Team>> cycles = cyclesOf(
                fresh(1, "A-1", "Beta").requested(),
                fresh(2, "A-1", "Beta").committed(TODAY.plusDays(3)),
                fresh(3, "B-1", "Alpha").requested(),
                fresh(4, "B-1", "Alpha").requested());

        assertThat(cycles).hasSize(1);
        assertThat(Set.copyOf(cycles)).containsExactly(teams("Alpha", "Beta"));
    }
}
