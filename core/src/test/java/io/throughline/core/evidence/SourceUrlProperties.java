package io.throughline.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cheap check of stored links never lets through what a rendered link must not be. */
class SourceUrlProperties {

    @Property(tries = 20000)
    void whatTheStoredCheckAcceptsIsAnHttpLinkWithAHostAndNoCredentials(@ForAll("linkish") String text) {
        SourceUrl url;
        try {
            url = SourceUrl.ofStored(text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        URI uri = URI.create(url.toString());
        assertThat(uri.getScheme().toLowerCase(Locale.ROOT)).isIn("http", "https");
        assertThat(uri.getRawUserInfo()).isNull();
        assertThat(uri.getRawAuthority()).isNotBlank();
        assertThat(url.toString()).hasSizeLessThanOrEqualTo(SourceUrl.MAX_LENGTH);
    }

    @Property(tries = 3000)
    void everyTypedLinkThatParsesComesBackFromTheStore(@ForAll("linkish") String text) {
        SourceUrl typed;
        try {
            typed = SourceUrl.parse(text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertThat(SourceUrl.ofStored(typed.toString())).isEqualTo(typed);
    }

    @Provide
    Arbitrary<String> linkish() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "javascript:", "ftp://", "http:", "");
        Arbitrary<String> rest = Arbitraries.strings()
                .withChars("abcXYZ019.-:@/?#[]%&=+ \"<>'`\\\t\u0085éF~!")
                .ofMaxLength(40);
        return scheme.flatMap(s -> rest.map(r -> s + r));
    }
}
