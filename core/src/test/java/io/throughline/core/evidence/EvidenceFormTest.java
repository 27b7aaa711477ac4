package io.throughline.core.evidence;

import static io.throughline.core.evidence.EvidenceForm.KIND;
import static io.throughline.core.evidence.EvidenceForm.OBSERVED_ON;
import static io.throughline.core.evidence.EvidenceForm.OBSERVED_VALUE;
import static io.throughline.core.evidence.EvidenceForm.SOURCE_URL;
import static io.throughline.core.evidence.EvidenceForm.SUMMARY;
import static io.throughline.core.evidence.EvidenceForm.SUPERSEDES;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFormTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final UserRef PM = UserRef.of("pm.growth");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Instant NOW = TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC);

    /** Entry 1 was corrected by entry 3; entry 2 still stands. */
    private static final Ledger LEDGER = new Ledger(List.of(
            evidence().observedOn(TODAY.minusDays(20)).entry(1),
            reading("25").observedOn(TODAY.minusDays(10)).entry(2),
            evidence().observedOn(TODAY.minusDays(5)).supersedes(1).entry(3)));

    static Stream<Arguments> formsWithSeveralProblems() {
        return Stream.of(
                arguments(form(KIND, " ", SUMMARY, "", SOURCE_URL, "javascript:alert(1)", OBSERVED_VALUE, "12",
                                OBSERVED_ON, "2026-03-16", SUPERSEDES, "x"),
                        List.of(tuple(KIND, "throughline.input.required"),
                                tuple(SUMMARY, "throughline.input.required"),
                                tuple(SOURCE_URL, "throughline.evidence.source.scheme"),
                                tuple(OBSERVED_ON, "throughline.evidence.observed-on.future"),
                                tuple(SUPERSEDES, "throughline.evidence.supersedes.not-an-id"))),
                arguments(form(KIND, "decision", SUMMARY, "s".repeat(NewEvidence.MAX_SUMMARY + 1),
                                SOURCE_URL, "ftp://files.example.com/a", OBSERVED_VALUE, "5",
                                OBSERVED_ON, "15/03/2026", SUPERSEDES, "99"),
                        List.of(tuple(SUMMARY, "throughline.input.too-long"),
                                tuple(SOURCE_URL, "throughline.evidence.source.scheme"),
                                tuple(OBSERVED_VALUE, "throughline.evidence.value.not-a-reading"),
                                tuple(OBSERVED_ON, "throughline.input.date"),
                                tuple(SUPERSEDES, "throughline.evidence.supersedes.unknown"))),
                arguments(form(KIND, "gossip", SUMMARY, "two\u0007lines", OBSERVED_VALUE, "many", SUPERSEDES, "1"),
                        List.of(tuple(KIND, "throughline.evidence.kind.unknown"),
                                tuple(SUMMARY, "throughline.input.control-characters"),
                                tuple(OBSERVED_VALUE, "throughline.evidence.value.not-a-number"),
                                tuple(SUPERSEDES, "throughline.evidence.supersedes.already"))));
    }

    static Stream<Arguments> formsWithOneProblem() {
        return Stream.of(
                problem(form(KIND, "metric reading"), OBSERVED_VALUE, "throughline.evidence.value.required"),
                problem(form(SUMMARY, "Pricing \u202egnp.exe"), SUMMARY, "throughline.input.control-characters"),
                problem(form(SUMMARY, "Pricing \u2067review\u2069"), SUMMARY, "throughline.input.control-characters"),
                problem(form(SUMMARY, "Escape \u001b[2J"), SUMMARY, "throughline.input.control-characters"),
                problem(form(SOURCE_URL, "https://wiki.example/\u202etxt.exe"), SOURCE_URL,
                        "throughline.evidence.source.hidden-characters"),
                problem(form(KIND, "metric reading", OBSERVED_VALUE, "  "), OBSERVED_VALUE, "throughline.evidence.value.required"),
                problem(form(KIND, "metric reading", OBSERVED_VALUE, "1,5"), OBSERVED_VALUE, "throughline.evidence.value.not-a-number"),
                problem(form(KIND, "metric reading", OBSERVED_VALUE, "27 %"), OBSERVED_VALUE, "throughline.evidence.value.unit-none"),
                problem(form(KIND, "metric reading", OBSERVED_VALUE, "0.1234567890123456789"), OBSERVED_VALUE, "throughline.evidence.value.too-precise"),
                problem(form(KIND, "metric reading", OBSERVED_VALUE, "1" + "0".repeat(38)), OBSERVED_VALUE, "throughline.evidence.value.too-precise"),
                problem(form(KIND, "experiment", OBSERVED_VALUE, "5"), OBSERVED_VALUE, "throughline.evidence.value.not-a-reading"),
                problem(form(OBSERVED_ON, "2026-02-30"), OBSERVED_ON, "throughline.input.date"),
                problem(form(OBSERVED_ON, "yesterday"), OBSERVED_ON, "throughline.input.date"),
                problem(form(OBSERVED_ON, "-999999999-01-01"), OBSERVED_ON, "throughline.input.date-range"),
                problem(form(OBSERVED_ON, "1969-12-31"), OBSERVED_ON, "throughline.input.date-range"),
                problem(form(OBSERVED_ON, TODAY.plusDays(1).toString()), OBSERVED_ON, "throughline.evidence.observed-on.future"),
                problem(form(SUPERSEDES, "0"), SUPERSEDES, "throughline.evidence.supersedes.not-an-id"),
                problem(form(SUPERSEDES, "-2"), SUPERSEDES, "throughline.evidence.supersedes.not-an-id"),
                problem(form(SUPERSEDES, "#2"), SUPERSEDES, "throughline.evidence.supersedes.not-an-id"),
                problem(form(SUPERSEDES, "4"), SUPERSEDES, "throughline.evidence.supersedes.unknown"),
                problem(form(SUPERSEDES, "1"), SUPERSEDES, "throughline.evidence.supersedes.already"),
                problem(form(SOURCE_URL, "https://user:pw@example.com/"), SOURCE_URL, "throughline.evidence.source.credentials"),
                problem(form(SOURCE_URL, "/wiki/pages/42"), SOURCE_URL, "throughline.evidence.source.scheme"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("formsWithSeveralProblems")
    void reportsEveryProblemAtOnceAndNothingElse(EvidenceForm form, List<Tuple> expected) {
        assertThat(errorsOf(form)).extracting(FieldError::field, error -> error.message().key())
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "[{index}] {1} {2}")
    @MethodSource("formsWithOneProblem")
    void reportsTheOneFieldThatIsWrong(EvidenceForm form, String field, String key) {
        assertThat(errorsOf(form)).extracting(FieldError::field, error -> error.message().key())
                .containsExactly(tuple(field, key));
    }

    @Test
    void turnsACompleteFormIntoNewEvidence() {
        EvidenceForm form = form(KIND, "metric-reading", SUMMARY, "  Weekly activation dashboard ",
                SOURCE_URL, " https://dash.example.com/activation ", OBSERVED_VALUE, "27.5",
                OBSERVED_ON, "2026-03-01", SUPERSEDES, " 2 ");

        assertThat(validate(form)).isEqualTo(new NewEvidence(GROW_1, EvidenceKind.METRIC_READING,
                "Weekly activation dashboard", Optional.of(SourceUrl.parse("https://dash.example.com/activation")),
                Optional.of(new BigDecimal("27.5")), LocalDate.of(2026, 3, 1), PM, NOW,
                Optional.of(new EvidenceId(2))));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"metric-reading", "metric reading", "METRIC_READING", " Metric Reading "})
    void readsTheKindAsPeopleWriteIt(String kind) {
        assertThat(validate(form(KIND, kind, OBSERVED_VALUE, "3")).kind()).isEqualTo(EvidenceKind.METRIC_READING);
    }

    @Test
    void namesTheKindsWhenTheKindIsUnknown() {
        assertThat(errorsOf(form(KIND, " gossip "))).extracting(FieldError::message).containsExactly(Message.of(
                "throughline.evidence.kind.unknown", "gossip",
                "[METRIC_READING, EXPERIMENT, CUSTOMER_INSIGHT, RESEARCH, DECISION]"));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void observedOnDefaultsToToday(String observedOn) {
        assertThat(validate(form(OBSERVED_ON, observedOn)).observedOn()).isEqualTo(TODAY);
    }

    @Test
    void acceptsTodayAndPastDaysAsObservedOn() {
        assertThat(validate(form(OBSERVED_ON, "2026-03-15")).observedOn()).isEqualTo(TODAY);
        assertThat(validate(form(OBSERVED_ON, "2025-12-31")).observedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void namesTheFutureDateItRefuses() {
        assertThat(errorsOf(form(OBSERVED_ON, "2026-03-16"))).extracting(FieldError::message).containsExactly(
                Message.of("throughline.evidence.observed-on.future", LocalDate.of(2026, 3, 16)));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"−3.5, -3.5", "+2, 2", "' 0.000001 ', 0.000001", "999999999999999, 999999999999999"})
    void readsObservedValuesWithSignsAndDecimals(String typed, BigDecimal value) {
        assertThat(validate(form(KIND, "metric reading", OBSERVED_VALUE, typed)).observedValue()).contains(value);
    }

    @ParameterizedTest(name = "''{0}'' in {1} is {2}")
    @CsvSource({"24%, %, 24", "24 %, %, 24", "'$31,000', $, 31000", "'27 tickets per week', tickets per week, 27",
            "'27 Tickets  per week', tickets per week, 27", "'1,234,567.25 ms', ms, 1234567.25"})
    void readsAReadingWrittenInTheMetricsOwnUnit(String typed, String unit, BigDecimal value) {
        NewEvidence evidence = form(KIND, "metric reading", OBSERVED_VALUE, typed)
                .validate(GROW_1, PM, NOW, TODAY, LEDGER, Optional.of(unit));

        assertThat(evidence.observedValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
    }

    @Test
    void refusesAReadingInAnotherUnitNamingBoth() {
        ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> form(KIND, "metric reading", OBSERVED_VALUE, "900 ms")
                        .validate(GROW_1, PM, NOW, TODAY, LEDGER, Optional.of("s")));

        assertThat(refusal.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple(OBSERVED_VALUE, Message.of("throughline.evidence.value.unit-other", "900 ms", "ms", "s")));
    }

    @Test
    void keepsLargeAndPreciseReadingsExactly() {
        String large = "123456789012345678901234567890.123456";
        assertThat(validate(form(KIND, "metric reading", OBSERVED_VALUE, large)).observedValue())
                .contains(new BigDecimal(large));
        assertThat(validate(form(KIND, "metric reading", OBSERVED_VALUE, "1.5e9")).observedValue())
                .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("1500000000"));
    }

    @Test
    void leavesOptionalFieldsEmptyWhenBlank() {
        NewEvidence evidence = validate(form(SOURCE_URL, " ", OBSERVED_VALUE, "", SUPERSEDES, " "));

        assertThat(evidence.source()).isEmpty();
        assertThat(evidence.observedValue()).isEmpty();
        assertThat(evidence.supersedes()).isEmpty();
    }

    @ParameterizedTest(name = "supersedes {0}")
    @ValueSource(longs = {2, 3})
    void mayCorrectAnEntryThatStillStands(long id) {
        assertThat(validate(form(SUPERSEDES, Long.toString(id))).supersedes()).contains(new EvidenceId(id));
    }

    private NewEvidence validate(EvidenceForm form) {
        return form.validate(GROW_1, PM, NOW, TODAY, LEDGER, Optional.empty());
    }

    private List<FieldError> errorsOf(EvidenceForm form) {
        ThroughlineException.InvalidInput refusal =
                catchThrowableOfType(ThroughlineException.InvalidInput.class, () -> validate(form));
        assertThat(refusal).as("refusal of %s", form).isNotNull();
        return refusal.errors();
    }

    private static Arguments problem(EvidenceForm form, String field, String key) {
        return arguments(form, field, key);
    }

    /** A valid customer insight, with the given field/value pairs typed over it. */
    private static EvidenceForm form(String... fieldsAndValues) {
        Map<String, String> typed = new HashMap<>(Map.of(KIND, "customer insight",
                SUMMARY, "Five of eight interviewed admins gave up during setup",
                SOURCE_URL, "https://research.example.com/notes/42"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            typed.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new EvidenceForm(typed.get(KIND), typed.get(SUMMARY), typed.get(SOURCE_URL),
                typed.get(OBSERVED_VALUE), typed.get(OBSERVED_ON), typed.get(SUPERSEDES));
    }
}
