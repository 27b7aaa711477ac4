package io.throughline.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.testing.FixedTeams;
import io.throughline.core.testing.InMemoryInteractions;
import io.throughline.core.testing.InMemoryTransactions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin's table as typed: every bad row named by its index and field, nothing stored. */
class InteractionFormTest {

    private static final FixedTeams TEAMS = new FixedTeams(Team.of("Growth"), Team.of("Identity"), Team.of("Billing"));
    private static final InteractionForm.Row GOOD = row("Growth", "Identity", "X_AS_A_SERVICE", "");

    private static InteractionForm.Row row(String consumer, String provider, String mode, String sla) {
        return new InteractionForm.Row(consumer, provider, mode, sla);
    }

    private static List<FieldError> errorsOf(List<InteractionForm.Row> rows) {
        return catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> InteractionForm.parse(rows, TEAMS)).errors();
    }

    @Test
    void validRowsBecomePairsWithTheModesDefaultWhenNoSlaIsGiven() {
        List<Interaction> pairs = InteractionForm.parse(List.of(
                GOOD,
                row(" identity ", "growth", "collaboration", null),
                row("Growth", "Billing", "facilitating", " 12 ")), TEAMS);

        assertThat(pairs).containsExactly(
                new Interaction(Team.of("Growth"), Team.of("Identity"), InteractionMode.X_AS_A_SERVICE, 2),
                new Interaction(Team.of("Identity"), Team.of("Growth"), InteractionMode.COLLABORATION, 5),
                new Interaction(Team.of("Growth"), Team.of("Billing"), InteractionMode.FACILITATING, 12));
    }

    @ParameterizedTest(name = "[{0}, {1}, {2}, {3}] -> {4}: {5}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL,     Identity, COLLABORATION, 5,   [1].consumerTeam, throughline.interaction.team-required",
            "Growth,   ' ',      COLLABORATION, 5,   [1].providerTeam, throughline.interaction.team-required",
            "Platform, Identity, COLLABORATION, 5,   [1].consumerTeam, throughline.interaction.team-unknown",
            "Growth,   Payments, COLLABORATION, 5,   [1].providerTeam, throughline.interaction.team-unknown",
            "Growth,   growth,   COLLABORATION, 5,   [1].providerTeam, throughline.interaction.same-team",
            "Identity, Billing,  NULL,          5,   [1].mode,         throughline.interaction.mode-required",
            "Identity, Billing,  PARTNERSHIP,   5,   [1].mode,         throughline.interaction.mode-unknown",
            "Identity, Billing,  COLLABORATION, -1,  [1].ackSlaDays,   throughline.interaction.sla-range",
            "Identity, Billing,  COLLABORATION, 91,  [1].ackSlaDays,   throughline.interaction.sla-range",
            "Identity, Billing,  COLLABORATION, 2.5, [1].ackSlaDays,   throughline.interaction.sla-range",
            "Identity, Billing,  COLLABORATION, two, [1].ackSlaDays,   throughline.interaction.sla-range",
            "growth,   IDENTITY, FACILITATING,  5,   [1].providerTeam, throughline.interaction.duplicate-pair"})
    void aBadRowIsNamedByItsIndexAndField(String consumer, String provider, String mode, String sla,
                                          String field, String key) {
        List<FieldError> errors = errorsOf(List.of(GOOD, row(consumer, provider, mode, sla)));

        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors).extracting(error -> error.message().key()).containsExactly(key);
    }

    @Test
    void everyProblemOfEveryRowIsReportedAtOnce() {
        List<FieldError> errors = errorsOf(Arrays.asList(
                row("Nobody", "Identity", "SOMETIMES", "99"), null, row("Billing", "Identity", "", "")));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("[0].consumerTeam", "[0].mode", "[0].ackSlaDays", "[1]", "[2].mode");
    }

    @Test
    void theEdgesOfTheSlaRangeAreAccepted() {
        assertThat(InteractionForm.parse(List.of(row("Growth", "Identity", "COLLABORATION", "0"),
                row("Growth", "Billing", "COLLABORATION", "90")), TEAMS))
                .extracting(Interaction::ackSlaDays).containsExactly(0, 90);
    }

    @Test
    void noListAndTooManyRowsAreRefusedAsAWhole() {
        assertThat(errorsOf(null)).extracting(FieldError::field).containsExactly(InteractionForm.ROWS);
        List<InteractionForm.Row> many = new ArrayList<>();
        for (int i = 0; i <= InteractionForm.MAX_ROWS; i++) {
            many.add(GOOD);
        }
        assertThat(errorsOf(many)).extracting(error -> error.message().key())
                .containsExactly("throughline.interaction.too-many-rows");
    }

    @Test
    void aRefusedTableStoresNothingAndAStaleVersionLoses() {
        InMemoryInteractions store = new InMemoryInteractions();
        InteractionService service = new InteractionService(store, TEAMS, new InMemoryTransactions());
        InteractionTable first = service.replace(List.of(GOOD), OptionalLong.empty());

        assertThatThrownBy(() -> service.replace(List.of(GOOD, row("Growth", "Nobody", "COLLABORATION", "")),
                OptionalLong.of(first.version()))).isInstanceOf(ThroughlineException.InvalidInput.class);
        assertThat(service.table()).isEqualTo(first);

        assertThatThrownBy(() -> service.replace(List.of(), OptionalLong.of(first.version() - 1)))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(service.table()).isEqualTo(first);

        InteractionTable emptied = service.replace(List.of(), OptionalLong.of(first.version()));
        assertThat(emptied.pairs()).isEmpty();
        assertThat(emptied.version()).isEqualTo(first.version() + 1);
    }
}
