package io.throughline.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.throughline.core.assumption.AssumptionStatus;
import io.throughline.core.common.Message;
import io.throughline.core.contract.ContractField;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.InteractionMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web bundle holds every key the views of both products use (this module, jira-web and
 * confluence-web share it), every pattern formats, and no key is dead.
 */
class ViewTextTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(ViewText.BUNDLE, Locale.ENGLISH);
    private static final Pattern FULL_KEY = Pattern.compile("\"(throughline\\.web\\.[a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern LABEL_SUFFIX = Pattern.compile("label\\(\"([a-z0-9.-]+)\"\\)");

    @Test
    void everyKeyTheWebViewsUseIsInTheBundle() {
        assertThat(keysUsed()).hasSizeGreaterThan(70).filteredOn(key -> !BUNDLE.containsKey(key)).isEmpty();
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> unused = new TreeSet<>(BUNDLE.keySet());
        unused.removeAll(keysUsed());

        assertThat(unused).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormatWithDoubledApostrophes() {
        assertThat(BUNDLE.keySet()).allSatisfy(key -> assertThatCode(
                () -> new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH)).as(key).doesNotThrowAnyException());
        assertThat(BUNDLE.keySet()).filteredOn(key -> BUNDLE.getString(key).replace("''", "").contains("'")).isEmpty();
    }

    @Test
    void oneViewTextFormatsCorrectlyFromManyThreadsAtOnce() throws Exception {
        // Patterns are parsed once and shared; each formatting must still see only its own arguments.
        ViewText text = ViewText.forLocale(Locale.ENGLISH);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 125;
                results.add(pool.submit(() -> {
                    for (int n = 0; n < 1_000; n++) {
                        int i = (n + offset) % 1_000;
                        if (!text.text("throughline.web.macro.count.blocked", i).equals(i + " blocked")
                                || !text.text("throughline.gate.evidence.too-few", i, 2, 30).contains(String.valueOf(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void coreKeysStillRenderFromTheCoreBundle() {
        ViewText text = ViewText.forLocale(Locale.ENGLISH);

        assertThat(text.text(Message.of("throughline.dependency.team.same", "Identity")))
                .isEqualTo("Identity is this initiative's own team; a dependency is a request to another team.");
        assertThat(text.text("throughline.web.horizon.overdue", 1_200L)).isEqualTo("Overdue by 1,200 days");
        assertThat(text.html("throughline.web.horizon.days-left", 2L)).isEqualTo("2 days left");
        assertThat(text.text(Message.of("throughline.web.error.body.field-type",
                Message.of("throughline.field.observedOn"), "observedOn")))
                .startsWith("Observed on (observedOn) holds an object or a list");
        assertThat(text.text(Message.of("throughline.web.error.too-large", 64)))
                .isEqualTo("The request body is larger than 64 KiB.");
        assertThat(ViewText.forLocale(Locale.GERMANY).text(Message.of("throughline.web.error.other", 1234)))
                .isEqualTo("The request could not be handled (HTTP 1234).");
    }

    /** The modules whose views read this bundle, relative to this module's directory. */
    private static final List<Path> VIEW_SOURCES = List.of(
            Path.of("src/main/java"), Path.of("../jira-web/src/main/java"), Path.of("../confluence-web/src/main/java"));

    /** Literal keys in the web sources, label suffixes, and keys built from core enums. */
    private static Set<String> keysUsed() {
        Set<String> keys = new TreeSet<>();
        for (String source : mainSources()) {
            add(keys, FULL_KEY.matcher(source), "");
            add(keys, LABEL_SUFFIX.matcher(source), "throughline.web.");
        }
        Arrays.stream(Stage.values()).forEach(v -> keys.add("throughline.web.stage." + v.name()));
        Arrays.stream(EvidenceKind.values()).forEach(v -> keys.add("throughline.web.evidence.kind." + v.name()));
        Arrays.stream(DependencyState.values()).forEach(v -> keys.add("throughline.web.dependency.state." + v.name()));
        // A dependency's latest answer: every state a change can move it to (never back to REQUESTED).
        Arrays.stream(DependencyState.values()).filter(v -> v != DependencyState.REQUESTED)
                .forEach(v -> keys.add("throughline.web.dependency.answered-by." + v.name()));
        Arrays.stream(Health.values()).forEach(v -> keys.add("throughline.web.health." + v.name()));
        Arrays.stream(PolicyId.values()).forEach(v -> keys.add("throughline.web.policy." + v.id()));
        // The commitment section: one drift line and one name per contract field.
        Arrays.stream(ContractField.values()).forEach(v -> keys.add("throughline.web.contract.drift." + v.name()));
        Arrays.stream(ContractField.values()).forEach(v -> keys.add("throughline.web.contract.field." + v.name()));
        Arrays.stream(AssumptionStatus.values()).forEach(v -> keys.add("throughline.web.assumption.status." + v.name()));
        // A team pair's interaction mode: its name and what it means.
        Arrays.stream(InteractionMode.values()).forEach(v -> keys.add("throughline.web.interaction.mode." + v.name()));
        Arrays.stream(InteractionMode.values()).forEach(v -> keys.add("throughline.web.interaction.about." + v.name()));
        // A status-integrity signal's name on its badge.
        Arrays.stream(io.throughline.core.signal.Signal.values())
                .forEach(v -> keys.add("throughline.web.signal.name." + v.name()));
        // The scorecard: a trend's words (in a cell and in its title) and the orders a view can sort by.
        Arrays.stream(io.throughline.core.scorecard.Trend.values()).forEach(v -> {
            keys.add("throughline.web.scorecard.trend." + v.name());
            keys.add("throughline.web.scorecard.trend-since." + v.name());
        });
        Arrays.stream(io.throughline.core.scorecard.ScorecardQuery.Sort.values())
                .forEach(v -> keys.add("throughline.web.scorecard.sort." + v.name()));
        List.of("team", "initiatives", "trace", "deployments", "fail-rate", "decision", "dependencies", "late-rate",
                "without-contract", "signals", "ack-weeks", "delivery-weeks")
                .forEach(v -> keys.add("throughline.web.scorecard.team-column." + v));
        List.of("OUTCOME", "DELIVERY", "COORDINATION", "SIGNALS")
                .forEach(v -> keys.add("throughline.web.scorecard.group." + v));
        List.of("as-of", "team", "stage", "owner", "health", "signal", "sort", "order", "any")
                .forEach(v -> keys.add("throughline.web.scorecard.filter." + v));
        return keys;
    }

    private static void add(Set<String> keys, Matcher matcher, String prefix) {
        while (matcher.find()) {
            keys.add(prefix + matcher.group(1));
        }
    }

    private static Iterable<String> mainSources() {
        List<String> sources = new java.util.ArrayList<>();
        for (Path root : VIEW_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).map(ViewTextTest::read).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
