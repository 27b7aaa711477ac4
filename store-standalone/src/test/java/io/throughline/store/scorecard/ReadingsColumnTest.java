package io.throughline.store.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardLine.Reading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sparkline's readings in one text column: exact values and scales back, in order, compactly. */
class ReadingsColumnTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void readingsAreWrittenAsDayAndValuePairs() {
        List<Reading> readings = List.of(new Reading(DAY.minusDays(7), new BigDecimal("22")),
                new Reading(DAY, new BigDecimal("24.50")));

        assertThat(ReadingsColumn.encode(readings)).isEqualTo("2026-11-23 22;2026-11-30 24.50");
        assertThat(ReadingsColumn.decode("2026-11-23 22;2026-11-30 24.50")).isEqualTo(readings);
    }

    @Test
    void aFullSparklineComesBackWithEveryValueAndScaleInItsOrder() {
        List<Reading> readings = new ArrayList<>();
        String[] values = {"-3.50", "1.5E+9", "0.000", "1E-18", "12345678901234567890123456789012345678", "0", "7",
            "-0.1", "99.999", "100", "3.14159", "2E+3"};
        for (int i = 0; i < ScorecardLine.READINGS_KEPT; i++) {
            readings.add(new Reading(DAY.minusWeeks(i), new BigDecimal(values[i])));
        }

        List<Reading> read = ReadingsColumn.decode(ReadingsColumn.encode(readings));

        assertThat(read).isEqualTo(readings);
        assertThat(read).extracting(reading -> reading.value().scale())
                .containsExactlyElementsOf(readings.stream().map(reading -> reading.value().scale()).toList());
        assertThat(ReadingsColumn.encode(readings)).hasSizeLessThan(ScorecardLine.READINGS_KEPT * 60);
    }

    @Test
    void noReadingsIsNoText() {
        assertThat(ReadingsColumn.encode(List.of())).isNull();
        assertThat(ReadingsColumn.decode(null)).isEmpty();
        assertThat(ReadingsColumn.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-11-30 x", "30.11.2026 5", "2026-11-30 5;", ";2026-11-30 5"})
    void textTheColumnDidNotWriteIsRefused(String text) {
        assertThatThrownBy(() -> ReadingsColumn.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
