package io.throughline.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "22     | %                | 22%",
        "-2.5   | %                | -2.5%",
        "3      | ‰                | 3‰",
        "900    | ms               | 900 ms",
        "40     | tickets per week | 40 tickets per week",
        "-18    | °C               | -18 °C",
        "12     | $                | $12",
        "-5     | $                | -$5",
        "1200.50| €                | €1200.50",
        "12     | US$              | 12 US$",
        "120    | none             | 120",
        "-0.25  | none             | -0.25",
        "1E+3   | none             | 1000",
    })
    void writesPercentAfterCurrencyBeforeAndWordsWithASpace(String value, String unit, String written) {
        assertThat(new Measure(new BigDecimal(value), Optional.ofNullable(unit))).hasToString(written);
    }

    @Test
    void comparesValuesRegardlessOfTrailingZeros() {
        Measure five = measure("5", "ms");

        assertThat(five.sameValueAs(measure("5.00", "ms"))).isTrue();
        assertThat(five.sameValueAs(measure("5.01", "ms"))).isFalse();
        assertThat(five).isNotEqualTo(measure("5.00", "ms"));
    }

    @Test
    void withUnitKeepsTheValue() {
        assertThat(measure("5", "ms").withUnit(Optional.of("s"))).isEqualTo(measure("5", "s"));
    }

    @Test
    void rejectsABlankUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> measure("5", " "));
    }

    private static Measure measure(String value, String unit) {
        return new Measure(new BigDecimal(value), Optional.of(unit));
    }
}
