package io.throughline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
    void rendersAnUnknownKeyAsTheKeyRatherThanFailing() {
        assertThat(Messages.english().format(Message.of("throughline.no.such-key", "x")))
                .isEqualTo("throughline.no.such-key[x]");
    }

    private static Set<String> keysUsedByCore() {
        Set<String> keys = keyLiteralsUnder(sources("src/main/java"));
        assertThat(keys).as("the prefix SuccessMetricParser builds keys from").contains(DYNAMIC_PREFIX);
        keys.remove(DYNAMIC_PREFIX);
        keys.addAll(DYNAMIC_KEYS);
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
