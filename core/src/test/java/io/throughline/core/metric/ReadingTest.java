package io.throughline.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingTest {

    @ParameterizedTest(name = "''{0}'' with unit ''{1}'' is {2}")
    @CsvSource(nullValues = "none", value = {
            "27.5, none, 27.5", "−3.5, none, -3.5", "-$12, $, -12", "$-12, $, -12", "'€ 1,000', €, 1000",
            "'12,345,678', none, 12345678", "2.50, none, 2.50", "3E2, none, 300", "7e-3, none, 0.007",
            "'  31 %  ', %, 31", "0, ms, 0"})
    void readsWhatPeopleType(String typed, String unit, String value) {
        assertThat(Reading.parse(typed, Optional.ofNullable(unit)))
                .isEqualTo(new Reading.Result.Valid(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "1,5", "12,34", "2.5.1", "--3", "-$-3", "$12 dollars", "1,2345", "."})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(Reading.parse(typed, Optional.of("$")))
                .isEqualTo(new Reading.Result.Invalid(Message.of("throughline.evidence.value.not-a-number", typed)));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1e39", "0.0000000000000000001", "1234567890123456789012345678901234567.891"})
    void refusesMoreDigitsThanItKeeps(String typed) {
        assertThat(Reading.parse(typed, Optional.empty())).isEqualTo(new Reading.Result.Invalid(Message.of(
                "throughline.evidence.value.too-precise", typed, Reading.MAX_DIGITS, Reading.MAX_FRACTION_DIGITS)));
    }

    @ParameterizedTest(name = "''{0}'' for a metric in ''{1}''")
    @CsvSource({"900 ms, s, ms", "$5, €, $", "24 tickets, tickets per week, tickets"})
    void refusesAnotherUnit(String typed, String unit, String given) {
        assertThat(Reading.parse(typed, Optional.of(unit))).isEqualTo(new Reading.Result.Invalid(
                Message.of("throughline.evidence.value.unit-other", typed, given, unit)));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"24%", "$5", "3 users"})
    void refusesAUnitWhenTheMetricHasNone(String typed) {
        assertThat(Reading.parse(typed, Optional.empty())).isInstanceOf(Reading.Result.Invalid.class)
                .extracting(result -> ((Reading.Result.Invalid) result).problem().key())
                .isEqualTo("throughline.evidence.value.unit-none");
    }
}
