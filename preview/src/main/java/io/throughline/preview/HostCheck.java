package io.throughline.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only for the names the preview was started for: localhost, 127.0.0.1 and [::1] on its
 * port, and any {@code --host=} given. The preview has no login and acts as an administrator by
 * default, so a page elsewhere whose name is re-pointed at 127.0.0.1 (DNS rebinding) must not be
 * served: any other Host is answered 421 before the request reaches the app.
 */
final class HostCheck extends Filter {

    private final Set<String> allowed = new HashSet<>();

    HostCheck(int port, Collection<String> extraHosts) {
        for (String name : concat(extraHosts)) {
            String host = name.strip().toLowerCase(Locale.ROOT);
            boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
            allowed.add(hasPort ? host : host + ":" + port);
            if (!hasPort && port == 80) {
                allowed.add(host);
            }
        }
    }

    private static Set<String> concat(Collection<String> extra) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.addAll(extra);
        return names;
    }

    /** Whether a request naming {@code host} in its Host header is one this preview serves. */
    boolean serves(String host) {
        return host != null && allowed.contains(host.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (serves(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = ("This preview answers only for " + String.join(", ", allowed.stream().sorted().toList())
                + ". Start it with --host=<name> to serve another name.\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(421, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String description() {
        return "Refuses requests for host names the preview was not started for (421)";
    }
}
