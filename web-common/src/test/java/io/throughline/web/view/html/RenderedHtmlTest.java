package io.throughline.web.view.html;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedHtmlTest {

    private static final RenderedHtml TEMPLATE = RenderedHtml.of(
            "<p class=\"x\">$a</p><a href=\"$b\" rel=\"noopener\">$c</a>");

    @ParameterizedTest
    @ValueSource(strings = {
        "<p class=\"x\">fine &#60;b&#62;</p><a href=\"https://example.com/?a&#61;1\" rel=\"noopener\">x</a>",
        "<p class=\"x\"></p>"})
    void acceptsMarkupTheTemplateWrites(String html) {
        assertThatCode(() -> TEMPLATE.assertOnlyTemplateMarkup(html)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p class=\"x\"><img src=x onerror=alert(1)></p>",
        "<p class=\"x\" onclick=\"alert(1)\">x</p>",
        "<p class=\"x\">a'b</p>",
        "<p class=\"x\">a\"b</p>",
        "<p class=\"x\">a > b</p>",
        "<p class=\"x\"><!-- x --></p>",
        "<p class=\"x'y\">x</p>",
        "<p class=x>x</p>",
        "<a href=\"javascript:alert(1)\" rel=\"noopener\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\" rel=\"noopener\">x</a>",
        "<a href=\"//evil.example.com\" rel=\"noopener\">x</a>"})
    void refusesMarkupThatDataCouldHaveInjected(String html) {
        assertThatThrownBy(() -> TEMPLATE.assertOnlyTemplateMarkup(html)).isInstanceOf(AssertionError.class);
    }
}
