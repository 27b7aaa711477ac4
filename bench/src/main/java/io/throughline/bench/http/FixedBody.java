package io.throughline.bench.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Figure 4's floor: the same server answering every request with bytes serialised once, in advance. */
public record FixedBody(byte[] body) implements HttpHandler {

    public static final String PATH = "/bench-floor";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        }
    }
}
