package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview serves only the names it was started for (no DNS rebinding), and its redirects never name a host. */
class HostCheckTest {

    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:%d", "localhost:1", "127.0.0.2:%d", "localhost.evil.example:%d"})
    void aRequestForAnotherHostNameIsRefusedBeforeTheAppSeesIt(String host) {
        String named = host.formatted(preview.base.getPort());

        assertThat(rawGet("/rest/throughline/1.0/initiatives/IDN-1", named)).startsWith("HTTP/1.1 421");
        assertThat(rawGet("/browse/IDN-1", named)).startsWith("HTTP/1.1 421").doesNotContain("Single sign-on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:%d", "LOCALHOST:%d", "127.0.0.1:%d", "[::1]:%d"})
    void theLoopbackNamesOnItsPortAreServed(String host) {
        assertThat(rawGet("/rest/throughline/1.0/initiatives/IDN-1", host.formatted(preview.base.getPort())))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void aNameGivenWithHostIsServedToo() {
        HostCheck check = new HostCheck(8181, List.of("preview.internal", "Review.Example:9000"));

        assertThat(check.serves("preview.internal:8181")).isTrue();
        assertThat(check.serves("review.example:9000")).isTrue();
        assertThat(check.serves("review.example:8181")).isFalse();
        assertThat(check.serves(null)).isFalse();
        assertThat(new HostCheck(80, List.of()).serves("localhost")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/browse/GROW-1%0D%0ASet-Cookie:%20x=y", "/browse/GROW 1", "/browse/GROW-1%09", "//evil.example/",
            "http://evil.example/"})
    void actAsGoesBackOnlyToAPlainPathOnThisServer(String returnPath) {
        RunningPreview.Reply back = preview.send(preview.form("/preview/act-as", null, "user=pm.growth&return=" + returnPath));

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/");
    }

    @Test
    void actAsRedirectsRelativelyNeverToTheClaimedHost() {
        RunningPreview.Reply back = preview.send(preview.form("/preview/act-as", null, "user=pm.growth&return=/browse/GROW-1"));

        assertThat(back.headers().firstValue("Location")).contains("/browse/GROW-1");
    }

    private static String rawGet(String path, String host) {
        try (Socket socket = new Socket("127.0.0.1", preview.base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Throughline-User: ops.lead\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
