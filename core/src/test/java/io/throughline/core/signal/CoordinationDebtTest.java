package io.throughline.core.signal;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The weekly acknowledgement medians of a team's requests, and the team signal they raise. */
class CoordinationDebtTest {

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 6, 1), Team.of("Growth"), Team.of("Identity"));
    private final UserRef admin = world.admin("ops.lead");
    private final Instant now = world.clock.now();

    /** A request to Identity answered {@code answeredDaysAgo} days ago after {@code waitedHours} hours. */
    private Dependency answered(double answeredDaysAgo, long waitedHours) {
        Instant answered = now.minus(Duration.ofMinutes((long) (answeredDaysAgo * 24 * 60)));
        Dependency request = world.dependencies.create(new NewDependency(InitiativeKey.parse("GROW-1"), Team.of("Identity"),
                Optional.empty(), "SSO", LocalDate.of(2026, 9, 1), admin, answered.minus(Duration.ofHours(waitedHours))));
        Dependency committed = request.commit(admin, answered, LocalDate.of(2026, 8, 1));
        world.dependencies.recordTransition(committed);
        return committed;
    }

    private static Optional<BigDecimal> days(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    void eachWeekIsTheMedianOfTheRequestsFirstAnsweredInItAndAWeekWithoutIsEmpty() {
        List<Dependency> requests = List.of(answered(1, 24), answered(2, 48), answered(3, 12), answered(6.9, 36),
                answered(7, 72), answered(20, 6));

        // Week 0 holds 12, 24, 36, 48 and 72 hours (answered exactly 7 days ago: a week includes its start).
        assertThat(AcknowledgementWeeks.medians(requests, now, 4)).containsExactly(Optional.empty(), days("0.25"),
                Optional.empty(), days("1.50"));
        assertThat(AcknowledgementWeeks.medians(requests.subList(0, 4), now, 1)).as("an even count: 30 hours")
                .containsExactly(days("1.25"));
    }

    @Test
    void growingFourWeeksInARowIsCoordinationDebtAndTheSeriesComesWithIt() {
        world.app.initiatives().save(admin, initiative("GROW-1").team("Growth").build());
        answered(29, 12);
        answered(22, 24);
        answered(15, 36);
        answered(8, 48);
        answered(1, 60);

        TeamSignals identity = world.app.signals().forTeam(admin, "identity");

        assertThat(identity.team()).isEqualTo(Team.of("Identity"));
        assertThat(identity.weeklyAcknowledgementDays()).containsExactly(days("0.50"), days("1.00"), days("1.50"),
                days("2.00"), days("2.50"));
        assertThat(identity.raised()).extracting(SignalVerdict::signal).containsExactly(Signal.COORDINATION_DEBT);
        assertThat(world.app.signals().forTeam(admin, "Growth").raised()).isEmpty();
    }

    @Test
    void aWeekThatGotFasterBreaksTheRunAndAnUnknownTeamIsNotFound() {
        world.app.initiatives().save(admin, initiative("GROW-1").team("Growth").build());
        answered(29, 12);
        answered(22, 24);
        answered(15, 20);
        answered(8, 48);
        answered(1, 60);

        assertThat(world.app.signals().forTeam(admin, "Identity").raised()).isEmpty();
        assertThatThrownBy(() -> world.app.signals().forTeam(admin, "Nobody"))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }
}
