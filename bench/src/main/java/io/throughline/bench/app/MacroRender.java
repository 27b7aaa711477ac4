package io.throughline.bench.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.ReplyCache;
import io.throughline.confluence.web.dependency.DependencyStatusMacro;
import io.throughline.confluence.web.jira.JiraDataSource;
import io.throughline.confluence.web.jira.JiraReply;
import io.throughline.confluence.web.json.JsonReader;
import io.throughline.core.Throughline;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.PortfolioResource;
import io.throughline.jira.web.rest.RequestContext;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 2's pipeline, in one JVM: the dependency-status macro (list capped at its default 200 rows)
 * over a data source that answers from the app's own REST resource, serialised by Jackson as the
 * hosts do and parsed by the macro's reader — every step of Confluence asking Jira, but the socket.
 * The macro's reply cache is kept fresh for no time, so each render reads the store. The reader's
 * size limit (JsonReader.DEFAULT_MAX_CHARS in the product) is lifted here so larger portfolios can be timed at all; the
 * body's size is reported next to that limit ({@link #bodyChars()}).
 */
public final class MacroRender {

    private final DependencyStatusMacro macro;
    private final InProcessJira jira;
    private final MacroContext context = MacroContext.of(BenchApp.VIEWER.key(), Locale.ENGLISH, ZoneId.systemDefault());

    public MacroRender(Throughline app) {
        Clock clock = Clock.system(ZoneId.systemDefault());
        PortfolioResource resource = new PortfolioResource(app.portfolio(), new RequestContext() {
            @Override
            public Optional<UserRef> currentUser() {
                return Optional.of(BenchApp.VIEWER);
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        });
        this.jira = new InProcessJira(resource, new AtomicLong());
        this.macro = new DependencyStatusMacro(new CachedJira(jira,
                new ReplyCache(clock, Duration.ZERO, Duration.ofMinutes(1), 1)));
    }

    /** The macro's HTML for every team, as the viewer sees it. */
    public String render() {
        return macro.render(Map.of(), context);
    }

    /** Characters in the REST body of the last render. */
    public long bodyChars() {
        return jira.bodyChars().get();
    }

    /** Jira's side of the request: the REST resource, then the body Jackson would send. */
    private record InProcessJira(PortfolioResource resource, AtomicLong bodyChars) implements JiraDataSource {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final JsonReader READER = new JsonReader(Integer.MAX_VALUE, JsonReader.DEFAULT_MAX_DEPTH);

        @Override
        public JiraReply get(String viewer, String path) {
            try {
                // The macro narrows its list (health=…&limit=…); the resource answers that query as over HTTP.
                List<String> healths = new java.util.ArrayList<>();
                String limit = null;
                String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
                for (String pair : query.split("&")) {
                    if (pair.startsWith("health=")) {
                        healths.add(pair.substring("health=".length()));
                    } else if (pair.startsWith("limit=")) {
                        limit = pair.substring("limit=".length());
                    }
                }
                String body = JSON.writeValueAsString(resource.dependencies(List.of(), healths, limit));
                bodyChars.set(body.length());
                return new JiraReply.Ok(READER.read(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not serialise the portfolio", e);
            }
        }

        @Override
        public String browserBaseUrl() {
            return "http://jira.example.com";
        }
    }
}
