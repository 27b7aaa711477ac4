package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreviewOptionsTest {

    @Test
    void defaultsAreLocalhost8080WithH2UnderData() {
        PreviewOptions options = PreviewOptions.parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.reset()).isFalse();
        assertThat(options.jdbcUrl()).isEmpty();
    }

    @Test
    void everyOptionIsRead() {
        PreviewOptions options = PreviewOptions.parse("--port=0", "--data-dir=/tmp/tl", "--reset",
                "--jdbc-url=jdbc:postgresql://db/tl", "--jdbc-user=tl", "--jdbc-password=secret");

        assertThat(options.port()).isZero();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/tl"));
        assertThat(options.reset()).isTrue();
        assertThat(options.jdbcUrl()).contains("jdbc:postgresql://db/tl");
        assertThat(options.jdbcUser()).isEqualTo("tl");
        assertThat(options.jdbcPassword()).isEqualTo("secret");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> PreviewOptions.parse("--port=eighty")).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> PreviewOptions.parse("--port=70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> PreviewOptions.parse("--verbose")).hasMessageContaining("Unknown option --verbose")
                .hasMessageContaining("--data-dir");
    }
}
