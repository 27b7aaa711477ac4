package io.throughline.confluence.web.jira;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The data source over {@code java.net.http} for hosts without application links (the preview). The
 * viewer is named in the {@value #USER_HEADER} header, the preview's documented identity mechanism;
 * a real Jira ignores it, so this source is never pointed at one.
 */
public final class HttpJiraDataSource implements JiraDataSource {

    public static final String USER_HEADER = "X-Throughline-User";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HttpClient client;

    /** {@code baseUrl}: where Jira (or the preview) serves, e.g. {@code http://localhost:8080}. */
    public HttpJiraDataSource(URI baseUrl) {
        this(baseUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public HttpJiraDataSource(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("Jira base URL must be an absolute http(s) URL: " + baseUrl);
        }
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public JiraReply get(String viewer, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + REST_BASE + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header(USER_HEADER, viewer)
                .GET().build();
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return JiraReplies.of(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            return new JiraReply.TimedOut(connectTimeout);
        } catch (HttpTimeoutException e) {
            return new JiraReply.TimedOut(requestTimeout);
        } catch (IOException e) {
            return new JiraReply.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new JiraReply.Unreachable("interrupted");
        }
    }

    @Override
    public String browserBaseUrl() {
        return baseUrl.toString();
    }
}
