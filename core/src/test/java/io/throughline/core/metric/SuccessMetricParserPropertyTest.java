package io.throughline.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever people type, the parser answers with a result, and what it accepts it can write back. */
class SuccessMetricParserPropertyTest {

    @Property(tries = 3000)
    void answersEveryTextWithAResultInsteadOfThrowing(@ForAll("metricLikeText") String text) {
        assertThat(SuccessMetricParser.parse(text)).isNotNull();
    }

    @Property(tries = 3000)
    void readsBackWhatItWrites(@ForAll("metricLikeText") String text) {
        MetricParse parse = SuccessMetricParser.parse(text);
        Statistics.collect(parse.getClass().getSimpleName());
        Statistics.coverage(coverage -> coverage.check("Valid").percentage(p -> p > 20));
        if (parse instanceof MetricParse.Valid valid) {
            SuccessMetric metric = valid.metric();
            assertThat(SuccessMetricParser.parse(metric.toString()))
                    .isInstanceOfSatisfying(MetricParse.Valid.class, again -> assertThat(again.metric())
                            .usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .isEqualTo(metric));
        }
    }

    @Provide
    Arbitrary<String> metricLikeText() {
        Arbitrary<String> name = Arbitraries.strings().withChars("Ab :\t\n\u0007→").ofMaxLength(6);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789 .,-+−>→<=≥≤%$€ms/°:\t").ofMaxLength(16);
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("Ab0123456789 .:-+>→<=≥≤%$\t").ofMaxLength(24),
                Combinators.combine(name, noise).as((n, s) -> n + ":" + s),
                wellFormed());
    }

    private static Arbitrary<String> wellFormed() {
        Arbitrary<String> number = Combinators.combine(
                Arbitraries.of("", "-", "+", "−", "$", "-$"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2))
                .as((prefix, value) -> prefix + value.stripTrailingZeros().toPlainString());
        Arbitrary<String> unit = Arbitraries.of("", "%", " ms", "ms", " tickets per week", " °C", "‰");
        Arbitrary<String> value = Combinators.combine(number, unit)
                .as((n, u) -> n.contains("$") ? n : n + u);
        Arbitrary<String> spec = Arbitraries.oneOf(
                Combinators.combine(value, Arbitraries.of(" -> ", "->", " → "), value).as((b, a, t) -> b + a + t),
                Combinators.combine(Arbitraries.of("", ">= ", "≤", "<="), value).as((c, t) -> c + t));
        return Combinators.combine(Arbitraries.of("Activation rate", "p95: latency", "Docs → signup"), spec)
                .as((n, s) -> n + ": " + s);
    }
}
