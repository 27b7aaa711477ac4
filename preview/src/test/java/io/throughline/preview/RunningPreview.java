package io.throughline.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A preview started for a test on a free port with its own data directory, and an HTTP client for it. */
final class RunningPreview implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final PreviewApp app;
    final URI base;
    /** The H2 data directory (unused when the preview runs on a JDBC URL). */
    final Path data;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningPreview() {
        this(Optional.empty(), "");
    }

    /**
     * A preview on the database at {@code jdbcUrl} (the user's password empty), or on H2 in its own
     * data directory; several previews on one PostgreSQL URL are nodes of one cluster.
     */
    RunningPreview(Optional<String> jdbcUrl, String jdbcUser) {
        try {
            data = Files.createTempDirectory("throughline-preview-test");
            app = PreviewApp.start(new PreviewOptions(0, data, false, jdbcUrl, jdbcUser, "", java.util.List.of()));
            base = app.baseUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer: status and body, the body parsed as JSON when it is JSON. */
    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** This preview's origin, as its own pages send it with a form post. */
    String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** A form post as the preview's own page sends it (same-origin {@code Origin}). */
    HttpRequest.Builder form(String path, String user, String body) {
        return request(path, user).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A demo dependency that is committed and not yet delivered, as the portfolio lists it for the lead. */
    JsonNode committedDependency() {
        JsonNode rows = get(PreviewServer.REST_PATH + "/portfolio/dependencies", "ops.lead").json().get("dependencies");
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> !row.get("committedDate").isNull() && !"DONE".equals(row.get("health").asText()))
                .findFirst().orElseThrow();
    }

    /** The state now of the dependency behind a portfolio row. */
    String dependencyState(JsonNode row) {
        JsonNode all = get(PreviewServer.REST_PATH + "/initiatives/" + row.get("consumerKey").asText() + "/dependencies",
                "ops.lead").json();
        return java.util.stream.StreamSupport.stream(all.spliterator(), false)
                .filter(d -> d.get("id").asLong() == row.get("id").asLong())
                .findFirst().orElseThrow().get("state").asText();
    }

    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        return user == null ? request : request.header(PreviewIdentity.HEADER, user);
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
