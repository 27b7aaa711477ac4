package io.throughline.confluence.web.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.confluence.web.ContractServer;
import io.throughline.confluence.web.RecordedContract;
import io.throughline.confluence.web.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpJiraDataSourceTest {

    private final RecordedContract contract = new RecordedContract();
    private final ContractServer server = new ContractServer();
    private final HttpJiraDataSource jira = new HttpJiraDataSource(server.base(), Duration.ofMillis(500),
            Duration.ofMillis(300));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getsTheRecordedContractAsTheViewerNamedInTheHeader() {
        server.answer("ops.lead", "/portfolio/dependencies?team=Growth&team=Identity", 200,
                contract.portfolio("ops.lead", "Growth", "Identity"));

        JiraReply reply = jira.get("ops.lead", RestPaths.portfolio(List.of("Growth", "Identity")));

        assertThat(reply).isInstanceOf(JiraReply.Ok.class);
        JsonObject root = JsonObject.root(((JiraReply.Ok) reply).json());
        assertThat(root.objects("dependencies")).extracting(row -> row.integer("id")).containsExactly(2L, 1L, 3L, 4L);
        assertThat(server.requests()).containsExactly("ops.lead /portfolio/dependencies?team=Growth&team=Identity");
    }

    @Test
    void aServerErrorIsAnHttpErrorThatMayPass() {
        server.failWith(500, "{\"errors\":[{\"field\":null,\"message\":\"Something went wrong on our side.\"}]}", 0);

        JiraReply reply = jira.get("ops.lead", RestPaths.initiative("GROW-1"));

        assertThat(reply).isEqualTo(new JiraReply.HttpError(500, "Something went wrong on our side."));
        assertThat(((JiraReply.Failure) reply).transientFailure()).isTrue();
    }

    @Test
    void anUnseenKeyIs404WithJirasOwnWordsAndIsNotTransient() {
        server.answer("viewer", "/initiatives/PAY-3", 404,
                "{\"errors\":[{\"field\":null,\"message\":\"There is no initiative PAY-3 that you can see.\"}]}");

        JiraReply reply = jira.get("viewer", RestPaths.initiative("PAY-3"));

        assertThat(reply).isEqualTo(new JiraReply.HttpError(404, "There is no initiative PAY-3 that you can see."));
        assertThat(((JiraReply.Failure) reply).transientFailure()).isFalse();
    }

    @Test
    void anErrorWithoutTheErrorShapeHasNoMessage() {
        server.failWith(502, "<html>Bad gateway</html>", 0);

        assertThat(jira.get("ops.lead", "/initiatives/GROW-1")).isEqualTo(new JiraReply.HttpError(502, null));
    }

    @Test
    void malformedJsonIsMalformedNotAnException() {
        server.failWith(200, "{\"summary\": {\"ON_TRACK\": 1,", 0);

        JiraReply reply = jira.get("ops.lead", "/portfolio/dependencies");

        assertThat(reply).isInstanceOf(JiraReply.Malformed.class);
        assertThat(((JiraReply.Malformed) reply).detail()).contains("at character");
    }

    @Test
    void aSlowAnswerTimesOutAfterTheConfiguredRequestTimeout() {
        server.failWith(200, "{}", 2_000);
        long started = System.nanoTime();

        JiraReply reply = jira.get("ops.lead", "/portfolio/dependencies");

        assertThat(reply).isEqualTo(new JiraReply.TimedOut(Duration.ofMillis(300)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_800));
    }

    @Test
    void nobodyListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpJiraDataSource closed = new HttpJiraDataSource(URI.create("http://127.0.0.1:" + port),
                Duration.ofMillis(500), Duration.ofMillis(500));

        assertThat(closed.get("ops.lead", "/portfolio/dependencies")).isInstanceOf(JiraReply.Unreachable.class);
    }

    @Test
    void theDefaultsAreFiveAndTenSecondsAndTheBaseMustBeHttp() {
        assertThat(HttpJiraDataSource.CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
        assertThat(HttpJiraDataSource.REQUEST_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(new HttpJiraDataSource(URI.create("http://jira.example.com/jira/")).browserBaseUrl())
                .isEqualTo("http://jira.example.com/jira");
        assertThatThrownBy(() -> new HttpJiraDataSource(URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathsEncodeTeamsAndKeys() {
        assertThat(RestPaths.portfolio(List.of())).isEqualTo("/portfolio/dependencies");
        assertThat(RestPaths.portfolio(List.of("R&D", "Data Platform")))
                .isEqualTo("/portfolio/dependencies?team=R%26D&team=Data%20Platform");
        assertThat(RestPaths.initiative("GROW-1")).isEqualTo("/initiatives/GROW-1");
    }
}
