package io.throughline.confluence.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.throughline.confluence.web.jira.JiraDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback standing in for Jira's REST API: it answers recorded JSON per
 * (viewer, path and query), can be told to fail, stall or send garbage, and records every request.
 */
public final class ContractServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Answer override;

    public ContractServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext(JiraDataSource.REST_BASE, this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Answers {@code viewer}'s GET of {@code path} (under the REST base, with query) with {@code body}. */
    public void answer(String viewer, String path, int status, String body) {
        answers.put(viewer + " " + path, new Answer(status, body, 0));
    }

    /** Every request gets this answer until {@link #recover()}, e.g. a 500 or a stall. */
    public void failWith(int status, String body, long delayMillis) {
        override = new Answer(status, body, delayMillis);
    }

    public void recover() {
        override = null;
    }

    /** "viewer path" of every request received, in order. */
    public List<String> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String viewer = exchange.getRequestHeaders().getFirst("X-Throughline-User");
        String path = exchange.getRequestURI().getRawPath().substring(JiraDataSource.REST_BASE.length())
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(viewer + " " + path);
        // Answers are recorded for the full document; the list's narrowing (health, limit) is not re-applied here.
        String recorded = path.replaceAll("[?&](health|limit)=[^&]*", "").replaceFirst("^([^?]*)&", "$1?");
        Answer answer = override != null ? override : answers.getOrDefault(viewer + " " + path,
                answers.getOrDefault(viewer + " " + recorded, null));
        answer = answer != null ? answer : new Answer(404,
                "{\"errors\":[{\"field\":null,\"message\":\"There is nothing at this address.\"}]}", 0);
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // The client gave up first (a timeout test); nothing to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private record Answer(int status, String body, long delayMillis) {
    }
}
