package io.throughline.core.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Messages;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 3));
    private final SettingsService settings = world.app.settings();

    private static Map<String, String> of(String name, String value) {
        Map<String, String> change = new HashMap<>();
        change.put(name, value);
        return change;
    }

    private List<FieldError> refusal(Map<String, String> change) {
        try {
            settings.change(change, OptionalLong.empty());
        } catch (ThroughlineException.InvalidInput e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + change);
    }

    @Test
    void aChangeKeepsTheOtherSettingsAndAValueIsStoredWithoutItsSurroundingBlanks() {
        settings.change(of("eventSourceGroup", "  release-bots "), OptionalLong.empty());
        AppSettings after = settings.change(of("productionPattern", "live|prod"), OptionalLong.of(1));

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.eventSourceGroup()).isEqualTo("release-bots");
        assertThat(after.productionPattern().matcher("live").matches()).isTrue();
        assertThat(after.productionPattern().matcher("prod").matches()).isTrue();
        assertThat(after.productionPattern().matcher("staging").matches()).isFalse();
    }

    @Test
    void nullOrTheDefaultPutsASettingBackToItsDefaultSoLaterDefaultsReachIt() {
        settings.change(Map.of("productionPattern", "live", "eventSourceGroup", "bots"), OptionalLong.empty());

        settings.change(of("productionPattern", null), OptionalLong.empty());
        AppSettings after = settings.change(of("eventSourceGroup", "throughline-event-sources"), OptionalLong.empty());

        assertThat(after.overrides()).isEmpty();
        assertThat(after.productionPattern().pattern()).isEqualTo(Setting.PRODUCTION_PATTERN.defaultValue());
    }

    @Test
    void everyProblemIsNamedByItsSettingAndNothingIsStored() {
        Map<String, String> change = new HashMap<>();
        change.put("productionPattern", "(prod");
        change.put("eventSourceGroup", "   ");
        change.put("colour", "blue");

        List<FieldError> errors = refusal(change);

        Messages english = Messages.english();
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("productionPattern", "eventSourceGroup", "colour");
        assertThat(errors).extracting(error -> english.format(error.message())).anySatisfy(text -> assertThat(text)
                .startsWith("Production environments is not a regular expression").contains("near character"));
        assertThat(errors).extracting(error -> english.format(error.message()))
                .contains("Event-source group is empty; give a value, or reset it to the default.")
                .anySatisfy(text -> assertThat(text).contains("“colour”", "eventSourceGroup, productionPattern"));
        assertThat(settings.current()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void aValueTooLongOrOnTwoLinesIsRefused() {
        assertThat(refusal(of("eventSourceGroup", "g".repeat(Setting.MAX_LENGTH + 1))))
                .extracting(error -> Messages.english().format(error.message()))
                .containsExactly("Event-source group is 256 characters long; at most 255 fit.");
        assertThat(refusal(of("eventSourceGroup", "bots\nadmins"))).extracting(FieldError::field)
                .containsExactly("eventSourceGroup");
        assertThat(settings.change(of("eventSourceGroup", "g".repeat(Setting.MAX_LENGTH)), OptionalLong.empty())
                .eventSourceGroup()).hasSize(Setting.MAX_LENGTH);
    }

    @Test
    void aThresholdIsAWholeNumberInItsRange() {
        assertThat(refusal(of("stalledDays", "two weeks"))).extracting(error -> Messages.english().format(error.message()))
                .containsExactly("Stalled after (days) is “two weeks”; give a whole number from 1 to 365.");
        assertThat(refusal(of("mostlyDonePercent", "100"))).extracting(error -> Messages.english().format(error.message()))
                .containsExactly("Mostly done from (percent) is 100; give a whole number from 1 to 99.");
        assertThat(refusal(of("coordinationWeeks", "1"))).extracting(FieldError::field).containsExactly("coordinationWeeks");

        AppSettings after = settings.change(of("stalledDays", " 21 "), OptionalLong.empty());

        assertThat(after.number(Setting.STALLED_DAYS)).isEqualTo(21);
        assertThat(after.number(Setting.EVIDENCE_STALE_DAYS)).isEqualTo(30);
        assertThat(io.throughline.core.signal.SignalThresholds.of(after).stalledDays()).isEqualTo(21);
        assertThatThrownBy(() -> after.number(Setting.PRODUCTION_PATTERN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyChangeIsRefusedAndAStaleVersionLoses() {
        assertThatThrownBy(() -> settings.change(Map.of(), OptionalLong.empty()))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
        settings.change(of("eventSourceGroup", "bots"), OptionalLong.of(0));

        assertThatThrownBy(() -> settings.change(of("eventSourceGroup", "other"), OptionalLong.of(0)))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(settings.current().eventSourceGroup()).isEqualTo("bots");
    }

    @Test
    void theGroupSettingDecidesWhoMayPostEventsAndThePatternWhatCountsAsProduction() {
        io.throughline.core.common.UserRef bot = io.throughline.core.common.UserRef.of("deployer");
        world.permissions.member(bot, "release-bots");
        assertThatThrownBy(() -> world.app.performance().requirePoster(bot))
                .isInstanceOf(ThroughlineException.Forbidden.class);

        settings.change(of("eventSourceGroup", "release-bots"), OptionalLong.empty());

        world.app.performance().requirePoster(bot);
        world.permissions.poster(io.throughline.core.common.UserRef.of("old-bot"));
        assertThatThrownBy(() -> world.app.performance().requirePoster(io.throughline.core.common.UserRef.of("old-bot")))
                .isInstanceOf(ThroughlineException.Forbidden.class);
    }

    @Test
    void aStoredPatternThatNoLongerCompilesFallsBackToTheDefault() {
        AppSettings broken = new AppSettings(Map.of(Setting.PRODUCTION_PATTERN, "(unclosed"), 4);

        assertThat(broken.productionPattern().pattern()).isEqualTo(Setting.PRODUCTION_PATTERN.defaultValue());
    }
}
