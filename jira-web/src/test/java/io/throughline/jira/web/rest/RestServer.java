package io.throughline.jira.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.throughline.core.Throughline;
import io.throughline.core.common.Clock;
import io.throughline.core.common.People;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The REST API served for real: Jersey's JDK HTTP container on a free loopback port under the
 * base path Jira uses, with a thread pool so requests run concurrently, and an HTTP client for it.
 */
final class RestServer implements AutoCloseable {

    static final String BASE_PATH = "/rest/throughline/1.0";
    static final ObjectMapper JSON = new ObjectMapper();
    /** How this test host names two of its people; everyone else shows as their key. */
    static final Map<String, String> NAMES = Map.of("pm.growth", "Pat Growth", "lead.identity", "Lee Identity");
    static final People PEOPLE = person -> NAMES.getOrDefault(person.key(), person.key());

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    RestServer(Throughline app, Clock clock) {
        TestRequestContext context = new TestRequestContext(clock);
        // Jackson's own exception mappers stay registered on purpose: the API must not let them answer.
        ResourceConfig config = new ResourceConfig()
                .registerInstances(RestApi.singletons(app, context, PEOPLE))
                .register(context)
                .register(JacksonFeature.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext(BASE_PATH, ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config));
        server.start();
        base = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + BASE_PATH);
    }

    /** A request to a path under the base path, as the given user (null: anonymous). */
    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        return user == null ? request : request.header(TestRequestContext.USER_HEADER, user);
    }

    Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI base() {
        return base;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A response: status, raw body and, for JSON bodies, the parsed tree. */
    record Reply(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
