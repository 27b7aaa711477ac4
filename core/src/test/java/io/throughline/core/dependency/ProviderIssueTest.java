package io.throughline.core.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dependency may name the provider's issue only if that issue exists and is the providing team's. */
class ProviderIssueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Team IDENTITY = Team.of("Identity");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"), IDENTITY, Team.of("Billing"));
    private UserRef admin;

    @BeforeEach
    void setUp() {
        admin = world.admin("ops.lead");
        world.app.initiatives().save(admin, InitiativeBuilder.initiative("GROW-1").team("Growth").build());
        world.teams.issue("IDN-7", IDENTITY).issue("BILL-1", Team.of("Billing"));
    }

    @Test
    void anIssueOfTheProvidingTeamIsTaken() {
        Dependency requested = world.app.dependencies().request(admin, GROW_1, form("IDN-7"));

        assertThat(requested.providerIssue()).contains(InitiativeKey.parse("IDN-7"));
    }

    @Test
    void anIssueThatDoesNotExistIsRefusedOnItsField() {
        assertThat(refusal("NOPE-5")).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(DependencyForm.PROVIDER_ISSUE);
            assertThat(error.message().key()).isEqualTo("throughline.dependency.issue.unknown");
        });
        assertThat(world.dependencies.findByConsumer(GROW_1)).isEmpty();
    }

    @Test
    void anotherTeamsIssueIsRefusedAndTheMessageNamesBothTeams() {
        assertThat(refusal("BILL-1")).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(DependencyForm.PROVIDER_ISSUE);
            assertThat(error.message().key()).isEqualTo("throughline.dependency.issue.other-team");
            assertThat(error.message().args()).containsExactly("BILL-1", "Billing", "Identity");
        });
    }

    private java.util.List<FieldError> refusal(String issue) {
        return catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.dependencies().request(admin, GROW_1, form(issue))).errors();
    }

    private static DependencyForm form(String issue) {
        return new DependencyForm("Identity", issue, "SSO claims", TODAY.plusDays(20).toString());
    }
}
