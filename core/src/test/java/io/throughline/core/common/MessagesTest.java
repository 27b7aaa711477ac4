package io.throughline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.assumption.AssumptionService;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.dependency.DependencyService;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.portfolio.PortfolioService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English bundle holds every key the core uses, every pattern formats, and no key is dead. */
class MessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(throughline\\.[a-z0-9.-]+)\"");

    /** SuccessMetricParser builds these from "throughline.metric." and the part being read. */
    private static final String DYNAMIC_PREFIX = "throughline.metric.";
    private static final Set<String> DYNAMIC_KEYS = Set.of(
            "throughline.metric.baseline.not-a-number", "throughline.metric.baseline.too-precise",
            "throughline.metric.baseline.separator", "throughline.metric.target.not-a-number",
            "throughline.metric.target.too-precise", "throughline.metric.target.separator");

    /**
     * Keys the port contracts promise but only port implementations raise: the compare-and-set
     * conflict of {@code DependencyRepository.recordTransition} (in-memory fake, store module).
     */
    private static final Set<String> RAISED_BY_PORT_IMPLEMENTATIONS = Set.of("throughline.dependency.changed-meanwhile");

    /** Every form field the core names in its refusals; each has a label, FieldErrors.LABEL_PREFIX + field. */
    private static final Set<String> FIELDS = Set.of(
            EvidenceForm.KIND, EvidenceForm.SUMMARY, EvidenceForm.SOURCE_URL, EvidenceForm.OBSERVED_VALUE,
            EvidenceForm.OBSERVED_ON, EvidenceForm.SUPERSEDES, DependencyForm.PROVIDER_TEAM,
            DependencyForm.PROVIDER_ISSUE, DependencyForm.DESCRIPTION, DependencyForm.NEEDED_BY,
            DependencyService.COMMITTED_DATE, DependencyService.REASON, PortfolioService.TEAMS, EvidenceForm.ACCEPTS,
            EvidenceForm.DECIDED_BY, EvidenceForm.OPTIONS, EvidenceForm.CHOSEN, EvidenceForm.RATIONALE,
            EvidenceForm.REVISIT_ON, AssumptionService.TEXT, AssumptionService.STATUS, AssumptionService.EVIDENCE_ID);

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void bundleHoldsEveryKeyTheCoreUses() {
        Messages english = Messages.english();

        assertThat(keysUsedByCore()).hasSizeGreaterThan(50).filteredOn(key -> !english.has(key)).isEmpty();
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> unused = new TreeSet<>(BUNDLE.keySet());
        unused.removeAll(keysUsedByCore());

        assertThat(unused).containsExactlyInAnyOrderElementsOf(RAISED_BY_PORT_IMPLEMENTATIONS);
    }

    @Test
    void keysRaisedOnlyByPortImplementationsAreRaisedByTheInMemoryFakes() {
        assertThat(keyLiteralsUnder(sources("src/test/java"))).containsAll(RAISED_BY_PORT_IMPLEMENTATIONS);
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(BUNDLE.keySet()).allSatisfy(key -> assertThatCode(
                () -> new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH)).as(key).doesNotThrowAnyException());
    }

    @Test
    void apostrophesAreDoubledSoMessageFormatDoesNotSwallowPlaceholders() {
        assertThat(BUNDLE.keySet()).filteredOn(key -> BUNDLE.getString(key).replace("''", "").contains("'")).isEmpty();
    }

    @Test
    void formatsArgumentsIntoThePattern() {
        assertThat(Messages.english().format(Message.of("throughline.dependency.team.same", "Identity")))
                .isEqualTo("Identity is this initiative's own team; a dependency is a request to another team.");
        assertThat(Messages.english().format(Message.of("throughline.error.invalid-input", 3)))
                .isEqualTo("3 fields need attention.");
    }

    @Test
    void aGenericProblemNamesItsFieldByLabel() {
        FieldErrors errors = new FieldErrors();
        errors.date(EvidenceForm.OBSERVED_ON, "2026-13-01", java.time.LocalDate.of(2026, 3, 1));
        errors.required(DependencyForm.NEEDED_BY);

        ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                errors::throwIfAny);

        assertThat(refusal.errors()).extracting(error -> Messages.english().format(error.message())).containsExactly(
                "Observed on: “2026-13-01” is not a date. Write it as yyyy-mm-dd, e.g. 2026-03-31.",
                "Needed by is required.");
    }

    @ParameterizedTest(name = "{0} entries, {1} days")
    @CsvSource({"0, 1, 'No evidence entries observed in the last 1 day; at least 1 is needed'",
            "1, 30, '1 evidence entry observed in the last 30 days; at least 2 are needed'",
            "2, 1000, '2 evidence entries observed in the last 1,000 days; at least 2 are needed'"})
    void countsAreWordedInTheirPlural(int entries, int days, String start) {
        int needed = entries == 0 ? 1 : 2;
        assertThat(Messages.english().format(Message.of("throughline.gate.evidence.too-few", entries, needed, days)))
                .startsWith(start);
    }

    @Test
    void rendersAnUnknownKeyAsTheKeyRatherThanFailing() {
        assertThat(Messages.english().format(Message.of("throughline.no.such-key", "x")))
                .isEqualTo("throughline.no.such-key[x]");
    }

    private static Set<String> keysUsedByCore() {
        Set<String> keys = keyLiteralsUnder(sources("src/main/java"));
        assertThat(keys).as("the prefix SuccessMetricParser builds keys from").contains(DYNAMIC_PREFIX);
        keys.remove(DYNAMIC_PREFIX);
        keys.addAll(DYNAMIC_KEYS);
        assertThat(keys).as("the prefix of field labels").contains(FieldErrors.LABEL_PREFIX);
        keys.remove(FieldErrors.LABEL_PREFIX);
        FIELDS.forEach(field -> keys.add(FieldErrors.label(field).key()));
        return keys;
    }

    private static Set<String> keyLiteralsUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> keys = new TreeSet<>();
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher literal = KEY_LITERAL.matcher(read(file));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
            });
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs in the module directory; an IDE may run from the repository root. */
    private static Path sources(String relative) {
        Path path = Stream.of(Path.of(relative), Path.of("core", relative))
                .filter(Files::isDirectory).findFirst().orElseThrow(
                        () -> new IllegalStateException("no " + relative + " under " + Path.of("").toAbsolutePath()));
        return path.resolve("io/throughline/core");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
