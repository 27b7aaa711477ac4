package io.throughline.core.graph;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.InitiativeNodeBuilder.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.testing.DependencyBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Team GROWTH = Team.of("Growth");
    private static final Team IDENTITY = Team.of("Identity");
    private static final Team BILLING = Team.of("Billing");

    private static final List<InitiativeNode> NODES = List.of(
            node("GROW-1").team("Growth").build(),
            node("GROW-2").team("Growth").build(),
            node("ID-1").team("Identity").build());

    private static DependencyBuilder fresh(long id, String consumer, String provider) {
        return dependency(id).from(consumer).on(provider).requestedOn(TODAY.minusDays(1)).neededBy(TODAY.plusDays(30));
    }

    private static TeamMatrix matrixOf(Dependency... dependencies) {
        DependencyAnalysis analysis = DependencyGraph.analyse(NODES, List.of(dependencies),
                new HealthRules(TODAY, ZoneOffset.UTC, 5));
        return TeamMatrix.of(analysis.all());
    }

    @Test
    void cellCountsEveryHealthOfItsConsumerAndProviderTeamsAcrossInitiatives() {
        TeamMatrix matrix = matrixOf(
                fresh(1, "GROW-1", "Identity").requested(),
                fresh(2, "GROW-2", "Identity").requested(),
                fresh(3, "GROW-1", "Identity").requestedOn(TODAY.minusDays(9)).requested(),
                fresh(4, "GROW-2", "Identity").delivered(),
                fresh(5, "GROW-1", "Billing").declined("No"));

        HealthTally growthOnIdentity = matrix.cell(GROWTH, IDENTITY);

        assertThat(growthOnIdentity.counts()).containsOnly(
                entry(Health.DONE, 1), entry(Health.ON_TRACK, 2), entry(Health.AT_RISK, 1), entry(Health.BLOCKED, 0));
        assertThat(growthOnIdentity.total()).isEqualTo(4);
        assertThat(growthOnIdentity.worst()).contains(Health.AT_RISK);
        assertThat(matrix.cell(GROWTH, BILLING).count(Health.BLOCKED)).isEqualTo(1);
        assertThat(matrix.cell(GROWTH, BILLING).worst()).contains(Health.BLOCKED);
    }

    @Test
    void cellsAreDirectedFromConsumerTeamToProviderTeam() {
        TeamMatrix matrix = matrixOf(
                fresh(1, "GROW-1", "Identity").declined("No"),
                fresh(2, "ID-1", "Growth").requested(),
                fresh(3, "ID-1", "Growth").requested());

        assertThat(matrix.cell(GROWTH, IDENTITY).total()).isEqualTo(1);
        assertThat(matrix.cell(GROWTH, IDENTITY).worst()).contains(Health.BLOCKED);
        assertThat(matrix.cell(IDENTITY, GROWTH).total()).isEqualTo(2);
        assertThat(matrix.cell(IDENTITY, GROWTH).worst()).contains(Health.ON_TRACK);
    }

    @Test
    void cellsAreOrderedByConsumerThenProvider() {
        TeamMatrix matrix = matrixOf(
                fresh(1, "ID-1", "Growth").requested(),
                fresh(2, "GROW-1", "Identity").requested(),
                fresh(3, "GROW-1", "Billing").requested());

        assertThat(matrix.cells().keySet()).containsExactly(
                new TeamMatrix.Pair(GROWTH, BILLING),
                new TeamMatrix.Pair(GROWTH, IDENTITY),
                new TeamMatrix.Pair(IDENTITY, GROWTH));
    }

    @Test
    void cellWithoutDependenciesIsEmptyAndHasNoWorst() {
        TeamMatrix matrix = matrixOf(fresh(1, "GROW-1", "Identity").requested());

        HealthTally empty = matrix.cell(BILLING, GROWTH);

        assertThat(empty.total()).isZero();
        assertThat(empty.worst()).isEmpty();
        assertThat(empty.counts()).containsOnlyKeys(Health.values()).doesNotContainValue(1);
        assertThat(matrix.cells()).hasSize(1);
    }

    @Test
    void teamDependingOnItselfHasADiagonalCell() {
        TeamMatrix matrix = matrixOf(fresh(1, "GROW-1", "Growth").onIssue("GROW-2").requested());

        assertThat(matrix.cell(GROWTH, GROWTH).count(Health.ON_TRACK)).isEqualTo(1);
    }

    @Test
    void doneCellReportsDoneAsItsWorst() {
        TeamMatrix matrix = matrixOf(fresh(1, "GROW-1", "Identity").delivered(), fresh(2, "GROW-2", "Identity").delivered());

        assertThat(matrix.cell(GROWTH, IDENTITY).worst()).contains(Health.DONE);
        assertThat(matrix.cell(GROWTH, IDENTITY).count(Health.DONE)).isEqualTo(2);
    }
}
