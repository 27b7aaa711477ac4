package io.throughline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** People type team names as they say them: a name matches the one team it names, whatever its case. */
class TeamNamesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    @Test
    void aNameMatchesItsTeamIgnoringCaseUnlessTwoTeamsDifferOnlyInCase() {
        List<Team> known = List.of(Team.of("Identity"), Team.of("Data"), Team.of("ops"), Team.of("OPS"));

        assertThat(TeamDirectory.match(known, "identity")).contains(Team.of("Identity"));
        assertThat(TeamDirectory.match(known, " DATA ")).contains(Team.of("Data"));
        assertThat(TeamDirectory.match(known, "OPS")).contains(Team.of("OPS"));
        assertThat(TeamDirectory.match(known, "Ops")).isEmpty();
        assertThat(TeamDirectory.match(known, "Billing")).isEmpty();
    }

    @Test
    void aDependencyOnATeamTypedInLowerCaseGoesToThatTeam() {
        TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
        UserRef admin = world.admin("ops.lead");
        world.app.initiatives().save(admin, InitiativeBuilder.initiative("GROW-1").team("Growth").build());

        Dependency requested = world.app.dependencies().request(admin, InitiativeKey.parse("GROW-1"),
                new DependencyForm("identity", null, "SSO claims", TODAY.plusDays(20).toString()));

        assertThat(requested.providerTeam()).isEqualTo(Team.of("Identity"));
    }

    @Test
    void thePortfolioTakesTeamNamesInAnyCaseAndStillRefusesUnknownOnes() {
        TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
        UserRef admin = world.admin("ops.lead");

        assertThat(world.app.portfolio().dependencyStatus(admin, Set.of(Team.of("identity"))).teams())
                .contains(Team.of("Identity"));
        ThroughlineException.InvalidInput unknown = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.portfolio().dependencyStatus(admin, Set.of(Team.of("Billing"))));
        assertThat(unknown.errors()).extracting(FieldError::field).containsExactly("teams");
    }
}
