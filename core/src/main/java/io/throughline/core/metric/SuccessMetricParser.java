package io.throughline.core.metric;

import io.throughline.core.common.Message;
import io.throughline.core.common.Texts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the success-metric syntax of DESIGN §1:
 * <pre>
 *   name ":" [baseline ("->" | "→")] target          e.g. Activation rate: 22% -> 30%
 *   name ":" ("&gt;=" | "≥" | "&lt;=" | "≤") target  e.g. p95 latency: &lt;= 400 ms
 * </pre>
 * A value is a number (optional sign, optional decimal point) with an optional unit after it
 * (words may contain spaces: {@code 40 tickets per week}) or a currency symbol before it.
 * When only one side names a unit, the other shares it. Errors name the offending part and show
 * an example.
 */
public final class SuccessMetricParser {

    public static final String EXAMPLE = "Activation rate: 22% -> 30%";
    public static final int MAX_LENGTH = 255;
    private static final int MAX_UNIT = 40;
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 6;

    private static final Pattern NUMBER =
            Pattern.compile("([+\\-−])?\\s*(\\p{Sc})?\\s*([0-9]+)(?:\\.([0-9]+))?");
    private static final Pattern UNIT =
            Pattern.compile("[\\p{L}\\p{Sc}%‰°µ/][\\p{L}\\p{M}\\p{Sc}%‰°µ/ .·²³'-]*");
    private static final String[] WRONG_ARROWS = {"-->", "=>", "—>", "–>", "⇒", "➔"};

    private SuccessMetricParser() {
    }

    public static MetricParse parse(String text) {
        try {
            return new MetricParse.Valid(read(text));
        } catch (Problem problem) {
            return new MetricParse.Invalid(problem.part, problem.message);
        }
    }

    /** The metric, or {@link IllegalArgumentException} with the English reason; for trusted input. */
    public static SuccessMetric parseOrThrow(String text) {
        MetricParse result = parse(text);
        if (result instanceof MetricParse.Valid valid) {
            return valid.metric();
        }
        throw new IllegalArgumentException(((MetricParse.Invalid) result).message().toString());
    }

    private static SuccessMetric read(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new Problem(MetricPart.WHOLE, "throughline.metric.empty", EXAMPLE);
        }
        String text = raw.strip();
        if (!Texts.isPlainLine(text)) {
            throw new Problem(MetricPart.WHOLE, "throughline.metric.hidden-characters", EXAMPLE);
        }
        if (text.length() > MAX_LENGTH) {
            throw new Problem(MetricPart.WHOLE, "throughline.metric.too-long", MAX_LENGTH, EXAMPLE);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new Problem(MetricPart.NAME, "throughline.metric.name.missing-colon", text, EXAMPLE);
        }
        String name = text.substring(0, colon).strip();
        if (name.isEmpty()) {
            throw new Problem(MetricPart.NAME, "throughline.metric.name.blank", EXAMPLE);
        }
        if (name.length() > SuccessMetric.MAX_NAME) {
            throw new Problem(MetricPart.NAME, "throughline.metric.name.too-long", SuccessMetric.MAX_NAME, EXAMPLE);
        }
        String spec = text.substring(colon + 1).strip();
        if (spec.isEmpty()) {
            throw new Problem(MetricPart.TARGET, "throughline.metric.target.missing", name + ":", EXAMPLE);
        }
        for (String wrong : WRONG_ARROWS) {
            if (spec.contains(wrong)) {
                throw new Problem(MetricPart.ARROW, "throughline.metric.arrow.unknown", wrong, EXAMPLE);
            }
        }
        String normalised = spec.replace("→", "->");
        int arrow = normalised.indexOf("->");
        if (arrow < 0) {
            return targetOnly(name, spec);
        }
        if (normalised.indexOf("->", arrow + 2) >= 0) {
            throw new Problem(MetricPart.ARROW, "throughline.metric.arrow.many", spec, EXAMPLE);
        }
        String left = normalised.substring(0, arrow).strip();
        String right = normalised.substring(arrow + 2).strip();
        if (left.isEmpty()) {
            throw new Problem(MetricPart.BASELINE, "throughline.metric.baseline.missing", EXAMPLE);
        }
        if (right.isEmpty()) {
            throw new Problem(MetricPart.TARGET, "throughline.metric.target.missing", left + " ->", EXAMPLE);
        }
        rejectComparator(left, MetricPart.BASELINE);
        rejectComparator(right, MetricPart.TARGET);
        Measure baseline = measure(left, MetricPart.BASELINE);
        Measure target = measure(right, MetricPart.TARGET);
        if (baseline.unit().isPresent() && target.unit().isPresent() && !baseline.unit().equals(target.unit())) {
            throw new Problem(MetricPart.UNIT, "throughline.metric.unit.mismatch",
                    baseline.unit().get(), target.unit().get(), EXAMPLE);
        }
        Optional<String> unit = target.unit().or(baseline::unit);
        return SuccessMetric.of(name, baseline.withUnit(unit), target.withUnit(unit));
    }

    private static SuccessMetric targetOnly(String name, String spec) {
        Direction direction = Direction.INCREASE;
        String rest = spec;
        if (spec.startsWith(">=") || spec.startsWith("<=")) {
            direction = spec.charAt(0) == '>' ? Direction.INCREASE : Direction.DECREASE;
            rest = spec.substring(2).strip();
        } else if (spec.startsWith("≥") || spec.startsWith("≤")) {
            direction = spec.charAt(0) == '≥' ? Direction.INCREASE : Direction.DECREASE;
            rest = spec.substring(1).strip();
        } else if (spec.startsWith(">") || spec.startsWith("<")) {
            throw new Problem(MetricPart.TARGET, "throughline.metric.target.strict-comparator",
                    spec.substring(0, 1), "p95 latency: <= 400 ms");
        }
        if (rest.isEmpty()) {
            throw new Problem(MetricPart.TARGET, "throughline.metric.target.missing", spec, EXAMPLE);
        }
        return new SuccessMetric(name, Optional.empty(), measure(rest, MetricPart.TARGET), direction);
    }

    private static void rejectComparator(String side, MetricPart part) {
        if (side.startsWith(">") || side.startsWith("<") || side.startsWith("≥") || side.startsWith("≤")) {
            throw new Problem(part, "throughline.metric.comparator-with-baseline", side, EXAMPLE);
        }
    }

    private static Measure measure(String side, MetricPart part) {
        String prefix = "throughline.metric." + part.name().toLowerCase(Locale.ROOT);
        Matcher number = NUMBER.matcher(side);
        if (!number.lookingAt()) {
            throw new Problem(part, prefix + ".not-a-number", side, EXAMPLE);
        }
        String integer = number.group(3);
        String fraction = number.group(4);
        if (integer.length() > MAX_INTEGER_DIGITS || (fraction != null && fraction.length() > MAX_FRACTION_DIGITS)) {
            throw new Problem(part, prefix + ".too-precise", side, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS, EXAMPLE);
        }
        String rest = side.substring(number.end()).strip();
        if (rest.startsWith(",") || rest.startsWith(".")) {
            throw new Problem(part, prefix + ".separator", side, EXAMPLE);
        }
        String sign = number.group(1) == null || number.group(1).equals("+") ? "" : "-";
        BigDecimal value = new BigDecimal(sign + integer + (fraction == null ? "" : "." + fraction));
        Optional<String> currency = Optional.ofNullable(number.group(2));
        if (currency.isPresent()) {
            if (!rest.isEmpty()) {
                throw new Problem(MetricPart.UNIT, "throughline.metric.unit.two", side, EXAMPLE);
            }
            return new Measure(value, currency);
        }
        if (rest.isEmpty()) {
            return new Measure(value, Optional.empty());
        }
        String unit = rest.replaceAll("\\s+", " ");
        if (unit.length() > MAX_UNIT || !UNIT.matcher(unit).matches()) {
            throw new Problem(MetricPart.UNIT, "throughline.metric.unit.invalid", unit, EXAMPLE);
        }
        return new Measure(value, Optional.of(unit));
    }

    /** Internal short-cut out of the parse; never escapes this class. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final MetricPart part;
        private final transient Message message;

        Problem(MetricPart part, String key, Object... args) {
            super(key, null, false, false);
            this.part = part;
            this.message = Message.of(key, args);
        }
    }
}
