package io.throughline.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AvatarHtmlTest {

    @Test
    void drawsTheHostsPictureEscaped() {
        assertThat(AvatarHtml.of(Optional.of("/jira/secure/useravatar?size=small&ownerId=pm\"x")))
                .contains("<img src=\"/jira/secure/useravatar?size&#61;small&#38;ownerId&#61;pm&#34;x\" alt=\"\"")
                .startsWith("<span class=\"aui-avatar aui-avatar-xsmall");
        assertThat(AvatarHtml.of(Optional.of("https://www.gravatar.com/avatar/abc?d=mm"))).contains("gravatar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example/x.png", "javascript:alert(1)", "data:image/svg+xml,<svg>",
            " /x.png", "/x\\y.png", "ftp://files.example/x.png"})
    void drawsNothingForALinkItWillNotUse(String url) {
        assertThat(AvatarHtml.of(Optional.of(url))).isEmpty();
    }

    @Test
    void drawsNothingWhenTheHostHasNoPicture() {
        assertThat(AvatarHtml.of(Optional.empty())).isEmpty();
    }
}
