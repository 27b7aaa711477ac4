package io.throughline.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
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

/** The web bundle holds exactly the keys the web code uses that the core bundle does not. */
class WebMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(throughline\\.[a-z0-9.-]+)\"");
    private static final ResourceBundle WEB = ResourceBundle.getBundle(WebMessages.BUNDLE, Locale.ENGLISH);

    @Test
    void everyKeyTheWebCodeUsesHasAText() {
        Messages core = Messages.english();

        assertThat(keysUsedByWeb()).isNotEmpty()
                .filteredOn(key -> !core.has(key) && !WEB.containsKey(key)).isEmpty();
    }

    @Test
    void everyWebKeyIsUsedAndNoneShadowsACoreKey() {
        Set<String> unused = new TreeSet<>(WEB.keySet());
        unused.removeAll(keysUsedByWeb());

        assertThat(unused).isEmpty();
        assertThat(WEB.keySet()).allSatisfy(key -> assertThat(Messages.english().has(key)).as(key).isFalse());
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        assertThat(WEB.keySet()).allSatisfy(key -> assertThatCode(
                () -> new MessageFormat(WEB.getString(key), Locale.ENGLISH)).as(key).doesNotThrowAnyException());
    }

    @Test
    void rendersWebKeysFromTheWebBundleAndCoreKeysFromTheCoreBundle() {
        WebMessages english = WebMessages.forLocale(Locale.ENGLISH);

        assertThat(english.format(Message.of("throughline.web.error.too-large", 64)))
                .isEqualTo("The request body is larger than 64 KiB.");
        assertThat(english.format(Message.of("throughline.error.not-provider", "Identity")))
                .isEqualTo("Only members of Identity can answer this dependency.");
        assertThat(WebMessages.forLocale(Locale.GERMANY).format(Message.of("throughline.web.error.other", 1234)))
                .isEqualTo("The request could not be handled (HTTP 1234).");
    }

    private static Set<String> keysUsedByWeb() {
        Path root = Stream.of(Path.of("src/main/java"), Path.of("web", "src/main/java"))
                .filter(Files::isDirectory).findFirst().orElseThrow();
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
