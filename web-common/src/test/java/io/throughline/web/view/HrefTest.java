package io.throughline.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.SourceUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HrefTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
        "java\tscript:alert(1)", "\u0001javascript:alert(1)", "javascript://example.com/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
        "//evil.example.com/x", "/relative/path", "ftp://example.com/file", "file:///etc/passwd",
        "https:evil.example.com", "https:/\\evil.example.com", "https://user:secret@example.com/",
        "http://", "https://example.com/a b", "https://example.com/\"><script>alert(1)</script>", "",
        "mailto:a@example.com", " https://example.com/"})
    void refusesAnythingButAbsoluteHttpLinks(String url) {
        assertThat(Href.isSafe(url)).as(url).isFalse();
        assertThat(Href.attributeHtml(url)).as(url).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:msgbox(1)"})
    void theCoreRefusesTheSameSchemesOnInput(String url) {
        assertThat(SourceUrl.problemWith(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "HTTP://Example.com/x?a=1&b=2#frag",
        "https://example.com/?q='onmouseover=alert(1)//"})
    void acceptsHttpAndHttpsAndEscapesThemForAnAttribute(String url) {
        assertThat(Href.attributeHtml(url)).contains(Html.escape(url));
        assertThat(Href.attributeHtml(url).orElseThrow()).doesNotContain("'", "\"", "<", "=");
    }
}
