package io.throughline.core.graph;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Graphs far deeper than any call stack: the analysis must not recurse per edge. */
class LongChainTest {

    private static final int EDGES = 100_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static String key(int index) {
        return "C-" + index;
    }

    private static Team team(int index) {
        return Team.of("T" + index);
    }

    @Test
    void blockAtTheEndOfAHundredThousandEdgeChainReachesItsStartAndTheTeamChainHasNoCycle() {
        List<InitiativeNode> initiatives = new ArrayList<>(EDGES + 1);
        for (int i = 1; i <= EDGES + 1; i++) {
            initiatives.add(new InitiativeNode(InitiativeKey.parse(key(i)), team(i), Stage.COMMITTED, Optional.empty()));
        }
        List<Dependency> dependencies = new ArrayList<>(EDGES + 1);
        for (int i = 1; i <= EDGES; i++) {
            dependencies.add(dependency(i).from(key(i)).on(team(i + 1).name()).onIssue(key(i + 1))
                    .requestedOn(TODAY.minusDays(1)).neededBy(TODAY.plusDays(30)).requested());
        }
        long last = EDGES + 1L;
        dependencies.add(dependency(last).from(key(EDGES + 1)).on("Outside").requestedOn(TODAY.minusDays(1))
                .neededBy(TODAY.plusDays(30)).declined("Frozen"));

        DependencyAnalysis analysis = DependencyGraph.analyse(initiatives, dependencies,
                new HealthRules(TODAY, ZoneOffset.UTC, 5));

        assertThat(analysis.status(new DependencyId(last)).reasons())
                .containsExactly(HealthReason.of(HealthReason.Code.DECLINED, 0));
        List<Long> notBlockedByTheirProvider = new ArrayList<>();
        for (int i = 1; i <= EDGES; i++) {
            DependencyStatus status = analysis.status(new DependencyId(i));
            if (status.health() != Health.BLOCKED || !status.reasons()
                    .equals(List.of(HealthReason.providerBlocked(InitiativeKey.parse(key(i + 1)))))) {
                notBlockedByTheirProvider.add((long) i);
            }
        }
        assertThat(notBlockedByTheirProvider).isEmpty();
        assertThat(analysis.rollUps().keySet())
                .isEqualTo(initiatives.stream().map(InitiativeNode::key).collect(Collectors.toSet()));
        assertThat(analysis.rollUps().values()).containsOnly(Health.BLOCKED);
        assertThat(TeamCycles.of(analysis.all())).isEmpty();
    }

    @Test
    void ringOfAHundredThousandTeamsIsOneGroupOfAllOfThem() {
        Map<Team, List<Team>> ring = new HashMap<>();
        for (int i = 0; i < EDGES; i++) {
            ring.put(team(i), List.of(team((i + 1) % EDGES)));
        }

        List<SortedSet<Team>> cycles = TeamCycles.inGraph(ring);

        assertThat(cycles).hasSize(1);
        // Compared as sets: AssertJ's element-wise containment is quadratic at this size.
        assertThat(cycles.get(0).equals(ring.keySet())).as("the group is every team of the ring").isTrue();
    }
}
