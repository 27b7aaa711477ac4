package io.throughline.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.throughline.core.common.Message;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceUrlTest {

    private static final String LONG_PATH = "https://example.com/" + "a".repeat(SourceUrl.MAX_LENGTH);

    static Stream<String> acceptedLinks() {
        return Stream.of(
                "https://research.example.com/notes/42",
                "http://example.com",
                "https://example.com:8443/a/b?q=1&r=2#part",
                "HTTPS://EXAMPLE.COM/Report",
                "Http://example.com/",
                "https://[2001:db8::1]/dashboard",
                "https://example.com/search?q=a%20b",
                "https://example.com/@team/page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedLinks")
    void acceptsAbsoluteHttpAndHttpsLinks(String text) {
        assertThat(SourceUrl.problemWith(text)).isEmpty();
        assertThat(SourceUrl.parse(text).uri()).isEqualTo(URI.create(text));
    }

    @Test
    void keepsAnInternationalisedHostAsTypedAndLinksItAsPunycode() {
        SourceUrl link = SourceUrl.parse(" https://bücher.example/über?q=ä#teil ");

        assertThat(link.toString()).isEqualTo("https://bücher.example/über?q=ä#teil");
        assertThat(link.href()).isEqualTo("https://xn--bcher-kva.example/%C3%BCber?q=%C3%A4#teil");
        assertThat(SourceUrl.ofStored(link.toString())).isEqualTo(link);
    }

    @Test
    void readsAnInternationalisedHostWithAPort() {
        assertThat(SourceUrl.parse("https://daten.münchen.example:8443/x").href())
                .isEqualTo("https://daten.xn--mnchen-3ya.example:8443/x");
    }

    @Test
    void refusesAHostNameIdnaCannotWrite() {
        assertThat(SourceUrl.problemWith("https://bad_bücher.example/"))
                .contains(Message.of("throughline.evidence.source.malformed", "https://bad_bücher.example/"));
    }

    @Test
    void acceptsLinksAsLongAsBrowsersMakeThem() {
        String long2048 = "https://dash.example.com/q?" + "x".repeat(2048 - 27);

        assertThat(long2048).hasSize(2048);
        assertThat(SourceUrl.problemWith(long2048)).isEmpty();
        assertThat(SourceUrl.problemWith(long2048 + "x")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedLinks")
    void aStoredLinkComesBackAsTheLinkThatWasStored(String text) {
        SourceUrl stored = SourceUrl.parse(text);
        assertThat(SourceUrl.ofStored(stored.toString())).isEqualTo(stored);
        assertThat(SourceUrl.ofStored(stored.toString()).uri()).isEqualTo(stored.uri());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "javascript:alert(1)",
        "https://user:secret@example.com/",
        "https://user@example.com/",
        "ftp://example.com/file",
        "https://",
        "https:///path",
        "https://exa mple.com/",
        "https://example.com/\"onmouseover=\"alert(1)",
        "data:text/html,<script>alert(1)</script>",
    })
    void aStoredValueThatBreaksAPromiseIsRefusedAsIfTyped(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SourceUrl.ofStored(text));
    }

    @Test
    void stripsSurroundingSpace() {
        assertThat(SourceUrl.parse("  https://example.com/a \n")).hasToString("https://example.com/a");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                 | throughline.evidence.source.empty",
        "'   '                              | throughline.evidence.source.empty",
        "javascript:alert(1)                | throughline.evidence.source.scheme",
        "JavaScript:alert(document.cookie)  | throughline.evidence.source.scheme",
        "data:text/html;base64,PHNjcmlwdD4= | throughline.evidence.source.scheme",
        "ftp://files.example.com/report.csv | throughline.evidence.source.scheme",
        "mailto:research@example.com        | throughline.evidence.source.scheme",
        "file:///etc/passwd                 | throughline.evidence.source.scheme",
        "/wiki/spaces/GROW/pages/42         | throughline.evidence.source.scheme",
        "example.com/report                 | throughline.evidence.source.scheme",
        "//example.com/report               | throughline.evidence.source.scheme",
        "https:///report                    | throughline.evidence.source.no-host",
        "https:example.com                  | throughline.evidence.source.no-host",
        "https://user:secret@example.com/   | throughline.evidence.source.credentials",
        "https://user@example.com/          | throughline.evidence.source.credentials",
        "https://example.com/a b            | throughline.evidence.source.malformed",
        "https://exa mple.com/              | throughline.evidence.source.malformed",
        "https://example.com/<script>       | throughline.evidence.source.malformed",
    })
    void namesWhatIsWrongWithALink(String text, String key) {
        assertProblem(text, key);
    }

    @Test
    void rejectsNullAsEmpty() {
        assertProblem(null, "throughline.evidence.source.empty");
    }

    @Test
    void rejectsLinksLongerThanTheLimit() {
        String atLimit = LONG_PATH.substring(0, SourceUrl.MAX_LENGTH);

        assertThat(SourceUrl.problemWith(atLimit)).isEmpty();
        assertThat(SourceUrl.problemWith(atLimit + "a"))
                .contains(Message.of("throughline.evidence.source.too-long", SourceUrl.MAX_LENGTH));
    }

    @Test
    void constructorAppliesTheSameRulesAsParse() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SourceUrl(URI.create("javascript:alert(1)")))
                .withMessage("throughline.evidence.source.scheme");
        assertThatIllegalArgumentException().isThrownBy(() -> new SourceUrl(URI.create(LONG_PATH)))
                .withMessage("throughline.evidence.source.too-long");
    }

    private static void assertProblem(String text, String key) {
        Optional<Message> problem = SourceUrl.problemWith(text);

        assertThat(problem).map(Message::key).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> SourceUrl.parse(text)).withMessage(key);
    }
}
