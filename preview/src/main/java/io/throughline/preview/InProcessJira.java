package io.throughline.preview;

import io.throughline.confluence.web.jira.HttpJiraDataSource;
import io.throughline.confluence.web.jira.JiraDataSource;
import io.throughline.confluence.web.jira.JiraReplies;
import io.throughline.confluence.web.jira.JiraReply;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The wiki's macros read the app's REST API here: the same resources, filters and JSON a browser
 * gets, run in this JVM by Jersey itself instead of over a socket to this same server. Over HTTP,
 * each macro held one of the server's request threads while waiting for another one, so a burst of
 * wiki loads could take every thread and starve the API (24 loads took ~20 s each). Calls run on a
 * few threads of their own (a REST call holds its caller in a per-thread context, which the page
 * being rendered must keep), and give up like the HTTP source after its request timeout. Confluence
 * reads Jira over an application link instead; the HTTP source stays for tools pointed at a preview.
 */
final class InProcessJira implements JiraDataSource, AutoCloseable {

    static final int THREADS = 4;

    private final ApplicationHandler api;
    private final URI apiBase;
    private final String browserBase;
    private final Duration timeout;
    private final ExecutorService calls;

    InProcessJira(ResourceConfig api, URI serverBase) {
        this(api, serverBase, HttpJiraDataSource.REQUEST_TIMEOUT);
    }

    InProcessJira(ResourceConfig api, URI serverBase, Duration timeout) {
        this.api = new ApplicationHandler(api);
        this.browserBase = serverBase.toString().replaceAll("/+$", "");
        this.apiBase = URI.create(browserBase + REST_BASE + "/");
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = work -> {
            Thread thread = new Thread(work, "throughline-wiki-api-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.calls = Executors.newFixedThreadPool(THREADS, named);
    }

    @Override
    public JiraReply get(String viewer, String path) {
        Future<JiraReply> call = calls.submit(() -> call(viewer, path));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new JiraReply.TimedOut(timeout);
        } catch (ExecutionException e) {
            return new JiraReply.Unreachable(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new JiraReply.Unreachable("interrupted");
        }
    }

    private JiraReply call(String viewer, String path) throws InterruptedException, ExecutionException {
        ContainerRequest request = new ContainerRequest(apiBase, URI.create(browserBase + REST_BASE + path), "GET",
                null, new MapPropertiesDelegate(), api.getConfiguration());
        request.header("Accept", "application/json");
        request.header(HttpJiraDataSource.USER_HEADER, viewer);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = api.apply(request, body).get().getStatus();
        return JiraReplies.of(status, body.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String browserBaseUrl() {
        return browserBase;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
