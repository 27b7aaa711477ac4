package io.throughline.core.metric;

import static io.throughline.core.metric.Direction.DECREASE;
import static io.throughline.core.metric.Direction.INCREASE;
import static io.throughline.core.metric.Direction.NONE;
import static io.throughline.core.metric.MetricPart.ARROW;
import static io.throughline.core.metric.MetricPart.BASELINE;
import static io.throughline.core.metric.MetricPart.NAME;
import static io.throughline.core.metric.MetricPart.TARGET;
import static io.throughline.core.metric.MetricPart.UNIT;
import static io.throughline.core.metric.MetricPart.WHOLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SuccessMetricParserTest {

    /** The example the parser shows for a strict comparator, where the default example would not help. */
    private static final String STRICT_COMPARATOR_EXAMPLE = "p95 latency: <= 400 ms";

    static Stream<Arguments> validMetrics() {
        return Stream.of(
                valid("Activation rate: 22% -> 30%", "Activation rate", m("22", "%"), m("30", "%"), INCREASE),
                valid("p95 checkout latency: 900 ms -> 400 ms", "p95 checkout latency", m("900", "ms"), m("400", "ms"), DECREASE),
                valid("Activation rate: 22% → 30%", "Activation rate", m("22", "%"), m("30", "%"), INCREASE),
                valid("Tickets closed: 25 tickets per week -> 40 tickets per week", "Tickets closed",
                        m("25", "tickets per week"), m("40", "tickets per week"), INCREASE),
                valid("Tickets closed: 25   tickets  per week -> 40 tickets per week", "Tickets closed",
                        m("25", "tickets per week"), m("40", "tickets per week"), INCREASE),
                valid("Tickets closed: 25 -> 40 tickets per week", "Tickets closed",
                        m("25", "tickets per week"), m("40", "tickets per week"), INCREASE),
                valid("Error rate: 5% -> 2", "Error rate", m("5", "%"), m("2", "%"), DECREASE),
                valid("Freezer: -5 °C -> -18 °C", "Freezer", m("-5", "°C"), m("-18", "°C"), DECREASE),
                valid("Freezer: −5 °C -> 3 °C", "Freezer", m("-5", "°C"), m("3", "°C"), INCREASE),
                valid("Net promoter score: +5 -> +12", "Net promoter score", m("5"), m("12"), INCREASE),
                valid("Churn: 2.5% -> 1.75%", "Churn", m("2.5", "%"), m("1.75", "%"), DECREASE),
                valid("Crash-free sessions: 99.5% -> 99.95%", "Crash-free sessions", m("99.5", "%"), m("99.95", "%"), INCREASE),
                valid("Price: $12 -> $15", "Price", m("12", "$"), m("15", "$"), INCREASE),
                valid("Price: $12 -> 15", "Price", m("12", "$"), m("15", "$"), INCREASE),
                valid("Loss per order: -$5 -> $3", "Loss per order", m("-5", "$"), m("3", "$"), INCREASE),
                valid("Revenue: € 1200 -> € 1500", "Revenue", m("1200", "€"), m("1500", "€"), INCREASE),
                valid("Revenue: 1200 € -> 1500 €", "Revenue", m("1200", "€"), m("1500", "€"), INCREASE),
                valid("Defects: 3‰ -> 1‰", "Defects", m("3", "‰"), m("1", "‰"), DECREASE),
                valid("Conversion: 22%->30%", "Conversion", m("22", "%"), m("30", "%"), INCREASE),
                valid("Latency:900ms→400ms", "Latency", m("900", "ms"), m("400", "ms"), DECREASE),
                valid("Throughput: 10 req/s -> 25 req/s", "Throughput", m("10", "req/s"), m("25", "req/s"), INCREASE),
                valid("   Padded name   :   22 %   ->   30 %   ", "Padded name", m("22", "%"), m("30", "%"), INCREASE),
                valid("Docs → signup rate: 3% → 5%", "Docs → signup rate", m("3", "%"), m("5", "%"), INCREASE),
                valid("Precision: 0.000001 -> 999999999999999", "Precision", m("0.000001"), m("999999999999999"), INCREASE),
                valid("NPS: >= 40", "NPS", null, m("40"), INCREASE),
                valid("NPS: ≥40", "NPS", null, m("40"), INCREASE),
                valid("p95 latency: <= 400 ms", "p95 latency", null, m("400", "ms"), DECREASE),
                valid("p95 latency: ≤ 400 ms", "p95 latency", null, m("400", "ms"), DECREASE),
                valid("Score: <= −3", "Score", null, m("-3"), DECREASE),
                valid("Weekly active teams: 120", "Weekly active teams", null, m("120"), INCREASE),
                valid("Setup time: 40 min", "Setup time", null, m("40", "min"), INCREASE),
                valid("Flat: 30% -> 30%", "Flat", m("30", "%"), m("30", "%"), NONE),
                valid("Flat decimal: 5 -> 5.0", "Flat decimal", m("5"), m("5.0"), NONE));
    }

    static Stream<Arguments> invalidMetrics() {
        return Stream.of(
                invalid(null, WHOLE, "throughline.metric.empty"),
                invalid("", WHOLE, "throughline.metric.empty"),
                invalid(" \t\n ", WHOLE, "throughline.metric.empty"),
                invalid("A".repeat(250) + ": 1 -> 2", WHOLE, "throughline.metric.too-long"),
                invalid("Activation rate 22% -> 30%", NAME, "throughline.metric.name.missing-colon"),
                invalid(": 22% -> 30%", NAME, "throughline.metric.name.blank"),
                invalid("   : 5", NAME, "throughline.metric.name.blank"),
                invalid("N".repeat(SuccessMetric.MAX_NAME + 1) + ": 1 -> 2", NAME, "throughline.metric.name.too-long"),
                invalid("Activation\trate: 22% -> 30%", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation\nrate: 22% -> 30%", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation rate: 22% -> 30%\u0000", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation rate: 22% -> \u001b[31m30%", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation rate: 22% -> \u202e%03", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation \u2066rate\u2069: 22% -> 30%", WHOLE, "throughline.metric.hidden-characters"),
                invalid("Activation rate:", TARGET, "throughline.metric.target.missing"),
                invalid("Activation rate: 22% ->", TARGET, "throughline.metric.target.missing"),
                invalid("NPS: >=", TARGET, "throughline.metric.target.missing"),
                invalid("Activation rate: -> 30%", BASELINE, "throughline.metric.baseline.missing"),
                invalid("Activation rate: 22% -> 26% -> 30%", ARROW, "throughline.metric.arrow.many"),
                invalid("Activation rate: 22% → 26% -> 30%", ARROW, "throughline.metric.arrow.many"),
                invalid("Activation rate: 22% => 30%", ARROW, "throughline.metric.arrow.unknown"),
                invalid("Activation rate: 22% --> 30%", ARROW, "throughline.metric.arrow.unknown"),
                invalid("Activation rate: 22% ⇒ 30%", ARROW, "throughline.metric.arrow.unknown"),
                invalid("Activation rate: 22% —> 30%", ARROW, "throughline.metric.arrow.unknown"),
                invalid("Score: => 30", ARROW, "throughline.metric.arrow.unknown"),
                invalid("Activation rate: about 22% -> 30%", BASELINE, "throughline.metric.baseline.not-a-number"),
                invalid("Activation rate: .5 -> 1", BASELINE, "throughline.metric.baseline.not-a-number"),
                invalid("Activation rate: 22% -> thirty", TARGET, "throughline.metric.target.not-a-number"),
                invalid("Activation rate: lots", TARGET, "throughline.metric.target.not-a-number"),
                invalid("Activation rate: 22,5% -> 30%", BASELINE, "throughline.metric.baseline.separator"),
                invalid("Revenue: 1,500 -> 2,000", BASELINE, "throughline.metric.baseline.separator"),
                invalid("Activation rate: 22% -> 30,5%", TARGET, "throughline.metric.target.separator"),
                invalid("Orders: 1. -> 2", BASELINE, "throughline.metric.baseline.separator"),
                invalid("Orders: 1 -> 2.", TARGET, "throughline.metric.target.separator"),
                invalid("Revenue: 1234567890123456 -> 1", BASELINE, "throughline.metric.baseline.too-precise"),
                invalid("Rate: 1 -> 0.1234567", TARGET, "throughline.metric.target.too-precise"),
                invalid("Latency: 900 ms -> 0.4 s", UNIT, "throughline.metric.unit.mismatch"),
                invalid("Price: $12 -> €15", UNIT, "throughline.metric.unit.mismatch"),
                invalid("Price: $12 USD -> $15", UNIT, "throughline.metric.unit.two"),
                invalid("Weight: 5 kg2", UNIT, "throughline.metric.unit.invalid"),
                invalid("Weight: 5 # -> 6 #", UNIT, "throughline.metric.unit.invalid"),
                invalid("Score: 5 = 30", UNIT, "throughline.metric.unit.invalid"),
                invalid("Revenue: 1 500 -> 2 000", UNIT, "throughline.metric.unit.invalid"),
                invalid("Weight: 5 " + "k".repeat(41), UNIT, "throughline.metric.unit.invalid"),
                invalid("Latency: 10:30 -> 9:00", UNIT, "throughline.metric.unit.invalid"),
                invalid("NPS: >= 30 -> 40", BASELINE, "throughline.metric.comparator-with-baseline"),
                invalid("NPS: 30 -> ≤ 40", TARGET, "throughline.metric.comparator-with-baseline"),
                invalid("NPS: > 40", TARGET, "throughline.metric.target.strict-comparator"),
                invalid("p95 latency: < 400 ms", TARGET, "throughline.metric.target.strict-comparator"),
                // the name ends at the first colon, so whatever follows a second colon is read as numbers
                invalid("Ratio a:b: 1 -> 2", BASELINE, "throughline.metric.baseline.not-a-number"),
                invalid("Time: to value: 5", TARGET, "throughline.metric.target.not-a-number"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validMetrics")
    void readsNameBaselineTargetAndDirection(String text, SuccessMetric expected) {
        SuccessMetric metric = parseValid(text);

        assertSameMetric(metric, expected);
        assertThat(metric.isMeasurable()).isEqualTo(expected.direction() != NONE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validMetrics")
    void readsItsOwnCanonicalFormBack(String text, SuccessMetric ignored) {
        SuccessMetric metric = parseValid(text);

        assertSameMetric(parseValid(metric.toString()), metric);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidMetrics")
    void namesTheWrongPartAndEndsWithAnExample(String text, MetricPart part, String key) {
        MetricParse.Invalid invalid = parseInvalid(text);

        assertThat(invalid.part()).isEqualTo(part);
        assertThat(invalid.message().key()).isEqualTo(key);
        String example = key.endsWith("strict-comparator") ? STRICT_COMPARATOR_EXAMPLE : SuccessMetricParser.EXAMPLE;
        assertThat(invalid.message().args()).last().isEqualTo(example);
        assertThat(Messages.english().format(invalid.message())).endsWith("e.g. " + example);
    }

    @Test
    void quotesTheNameWhenTheTargetIsMissing() {
        assertThat(parseInvalid("Activation rate:").message())
                .isEqualTo(Message.of("throughline.metric.target.missing", "Activation rate:", SuccessMetricParser.EXAMPLE));
        assertThat(parseInvalid("Activation rate: 22% ->").message())
                .isEqualTo(Message.of("throughline.metric.target.missing", "22% ->", SuccessMetricParser.EXAMPLE));
    }

    @Test
    void splitsAtTheFirstColonSoTheRestOfANameWithAColonIsReadAsTheBaseline() {
        assertThat(parseInvalid("Ratio a:b: 1 -> 2").message().args()).first().isEqualTo("b: 1");
    }

    @Test
    void examplesShownInErrorsAreThemselvesValid() {
        assertThat(parseValid(SuccessMetricParser.EXAMPLE).isMeasurable()).isTrue();
        assertThat(parseValid(STRICT_COMPARATOR_EXAMPLE).direction()).isEqualTo(DECREASE);
    }

    @Test
    void acceptsTheLongestMetricAndName() {
        String name = "N".repeat(SuccessMetric.MAX_NAME);
        String atLimit = name + ": " + "1".repeat(SuccessMetricParser.MAX_LENGTH - name.length() - 2);

        assertThat(atLimit).hasSize(SuccessMetricParser.MAX_LENGTH);
        assertThat(parseInvalid(atLimit).part()).as("too many digits, but not too long").isEqualTo(TARGET);
        assertThat(parseValid(name + ": 1 -> 2").name()).isEqualTo(name);
    }

    @Test
    void parseOrThrowGivesTheMetricOrTheReason() {
        assertThat(SuccessMetricParser.parseOrThrow(SuccessMetricParser.EXAMPLE).name()).isEqualTo("Activation rate");
        assertThatThrownBy(() -> SuccessMetricParser.parseOrThrow("Activation rate 22% -> 30%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("throughline.metric.name.missing-colon");
    }

    @ParameterizedTest(name = "{0} met by {1}: {2}")
    @CsvSource({
        "Activation rate: 22% -> 30%,   30,      true",
        "Activation rate: 22% -> 30%,   30.00,   true",
        "Activation rate: 22% -> 30%,   31,      true",
        "Activation rate: 22% -> 30%,   29.999,  false",
        "Activation rate: 22% -> 30%,   22,      false",
        "Latency: 900 ms -> 400 ms,     400,     true",
        "Latency: 900 ms -> 400 ms,     399,     true",
        "Latency: 900 ms -> 400 ms,     400.001, false",
        "Latency: 900 ms -> 400 ms,     900,     false",
        "Freezer: -5 -> -18,            -18,     true",
        "Freezer: -5 -> -18,            -17.5,   false",
        "NPS: >= 40,                    40,      true",
        "NPS: >= 40,                    39.9,    false",
        "p95 latency: <= 400 ms,        400,     true",
        "p95 latency: <= 400 ms,        401,     false",
        "Flat: 30% -> 30%,              30,      false",
        "Flat: 30% -> 30%,              31,      false",
        "Flat: 30% -> 30%,              29,      false",
    })
    void meetsTheTargetInTheMetricsDirectionIncludingTheTargetItself(String text, BigDecimal reading, boolean met) {
        assertThat(parseValid(text).isMetBy(reading)).isEqualTo(met);
    }

    private static SuccessMetric parseValid(String text) {
        MetricParse result = SuccessMetricParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(MetricParse.Valid.class);
        return ((MetricParse.Valid) result).metric();
    }

    private static MetricParse.Invalid parseInvalid(String text) {
        MetricParse result = SuccessMetricParser.parse(text);
        assertThat(result).as("parse of %s", text).isInstanceOf(MetricParse.Invalid.class);
        return (MetricParse.Invalid) result;
    }

    /** Same metric, numbers compared by value so 30 and 30.0 agree. */
    private static void assertSameMetric(SuccessMetric actual, SuccessMetric expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    private static Arguments valid(String text, String name, Measure baseline, Measure target, Direction direction) {
        return arguments(text, new SuccessMetric(name, Optional.ofNullable(baseline), target, direction));
    }

    private static Arguments invalid(String text, MetricPart part, String key) {
        return arguments(text, part, key);
    }

    private static Measure m(String value) {
        return new Measure(new BigDecimal(value), Optional.empty());
    }

    private static Measure m(String value, String unit) {
        return new Measure(new BigDecimal(value), Optional.of(unit));
    }
}
