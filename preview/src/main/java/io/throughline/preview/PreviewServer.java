package io.throughline.preview;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.ReplyCache;
import io.throughline.core.Throughline;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.jira.web.panel.InitiativePanelFactory;
import io.throughline.jira.web.rest.PrivateResponses;
import io.throughline.jira.web.rest.RestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The preview's web server: Jersey on the JDK's own HTTP server, bound to loopback. The app's REST
 * API is mounted at the path Jira serves it from; the preview's pages and actions everywhere else.
 */
final class PreviewServer implements AutoCloseable {

    static final String REST_PATH = "/rest/throughline/1.0";
    /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections. */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
        // the body waits for the client's delayed ACK of the headers (~40 ms on Linux), on every
        // write. TCP_NODELAY sends each at once. Read once, when the JDK's server classes load.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }
    /** Shorter than Confluence's 60 s, so someone trying the preview sees their changes on the wiki page soon. */
    static final Duration WIKI_FRESH_FOR = Duration.ofSeconds(10);

    private final HttpServer server;
    /**
     * Request threads: enough that a burst of page loads (each waiting on the wiki's in-process API
     * calls) leaves threads for everyone else, and bounded, so a flood queues instead of growing.
     */
    static final int REQUEST_THREADS = 64;

    private final ExecutorService threads = Executors.newFixedThreadPool(REQUEST_THREADS);
    private final URI baseUri;
    private final HostCheck hostCheck;
    private final InProcessJira wikiApi;

    PreviewServer(Throughline app, InitiativeRepository initiatives, PreviewIssues issues, PreviewDirectory directory,
                  PreviewClock clock, int port, List<String> hosts) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port + " (is something else using it? try --port=)", e);
        }
        baseUri = URI.create("http://localhost:" + server.getAddress().getPort());
        hostCheck = new HostCheck(server.getAddress().getPort(), hosts);
        PreviewIdentity identity = new PreviewIdentity(directory, clock);
        PreviewHost host = new PreviewHost(app, initiatives, issues, directory, clock, identity,
                new PreviewWorkflow(app, directory), new PageShell(directory), new PanelRenderer(),
                new InitiativePanelFactory(app.gates(), app.evidence(), app.portfolio(), directory, directory,
                        app.trace(), app.contracts(), app.assumptions(), app.performance(), app.signals()));
        ResourceConfig rest = restApi(app, identity, directory, host);
        // The wiki's macros read the same REST API, run in this JVM rather than over this server's sockets.
        wikiApi = new InProcessJira(restApi(app, identity, directory, host), baseUri);
        CachedJira jira = new CachedJira(wikiApi,
                new ReplyCache(clock, WIKI_FRESH_FOR, ReplyCache.DEFAULT_KEEP_FOR, ReplyCache.DEFAULT_MAX_ENTRIES));
        PreviewMacros macros = new PreviewMacros(jira);
        ResourceConfig pages = new ResourceConfig()
                .registerInstances(new PagesResource(host), new PreviewActionsResource(host), new StaticResource(),
                        new WikiResource(host, macros), new NotFoundPage(host, identity), new AvatarResource(directory), new UnknownUserPage(host),
                        new SetupResource(host), new InteractionsResource(host), new SettingsResource(host),
                        new ScorecardPageResource(host), new RequestsResource(host), new PreviewIssuesResource(host),
                        new IssueSearchResource(host))
                // Jira's and Confluence's own endpoints that the host smoke script calls (scripts/host-smoke).
                .registerInstances(new HostFieldsResource(), new HostIssueResource(host), new HostTransitionsResource(host),
                        new HostContentBodyResource(host, macros))
                .registerInstances(RestApi.providers(identity))
                .registerInstances(new CrossSiteWrites(host), new FramePolicy(), new PrivateResponses())
                .register(identity)
                .register(JacksonFeature.class)
                .property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        server.setExecutor(threads);
        server.createContext(REST_PATH, ContainerFactory.createContainer(JdkHttpHandlerContainer.class, rest))
                .getFilters().add(hostCheck);
        server.createContext("/", ContainerFactory.createContainer(JdkHttpHandlerContainer.class, pages))
                .getFilters().add(hostCheck);
        server.start();
    }

    /** The app's REST API as this server mounts it; built afresh for each Jersey application that serves it. */
    private static ResourceConfig restApi(Throughline app, PreviewIdentity identity, PreviewDirectory directory,
                                          PreviewHost host) {
        return new ResourceConfig()
                .registerInstances(RestApi.singletons(app, identity, directory))
                .registerInstances(new PreviewAdminResource(identity, directory, app.interactions(), app.settings()), new CrossSiteWrites(host), new FramePolicy())
                .register(identity)
                .register(JacksonFeature.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    URI baseUri() {
        return baseUri;
    }

    /** Serves {@code handler} at {@code path} on the same server and threads as the app. */
    void mount(String path, HttpHandler handler) {
        server.createContext(path, handler).getFilters().add(hostCheck);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        wikiApi.close();
    }
}
