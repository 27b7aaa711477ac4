package io.throughline.confluence.web;

import io.throughline.confluence.web.dependency.DependencyStatusMacro;
import io.throughline.confluence.web.initiative.InitiativeMacro;
import io.throughline.confluence.web.jira.HttpJiraDataSource;
import io.throughline.core.testing.MutableClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Both macros wired as a host wires them, against the loopback contract server, with a clock the
 * test moves (12:00 UTC on {@link RecordedContract#TODAY}) and timeouts short enough that a stalled Jira
 * fails quickly, yet long enough ({@value #REQUEST_TIMEOUT_MILLIS} ms) that a loaded build machine's
 * loopback answer never counts as one.
 */
public final class MacroWorld implements AutoCloseable {

    public static final long REQUEST_TIMEOUT_MILLIS = 2_000;

    public final RecordedContract contract = new RecordedContract();
    public final ContractServer server = new ContractServer();
    public final MutableClock clock = MutableClock.at(RecordedContract.TODAY);
    public final ReplyCache cache = new ReplyCache(clock, ReplyCache.DEFAULT_FRESH_FOR, ReplyCache.DEFAULT_KEEP_FOR, 100);
    public final CachedJira jira = new CachedJira(
            new HttpJiraDataSource(server.base(), Duration.ofMillis(2_000), Duration.ofMillis(REQUEST_TIMEOUT_MILLIS)),
            cache);
    public final DependencyStatusMacro dependencyStatus = new DependencyStatusMacro(jira);
    public final InitiativeMacro initiative = new InitiativeMacro(jira);
    public final io.throughline.confluence.web.performance.TeamDeliveryMacro teamDelivery =
            new io.throughline.confluence.web.performance.TeamDeliveryMacro(jira);

    public static MacroContext as(String viewer) {
        return MacroContext.of(viewer, Locale.ENGLISH, ZoneOffset.UTC);
    }

    /** Parameters as name, value pairs. */
    public static Map<String, String> parameters(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    /** The link Jira's issue page gets. */
    public String browse(String key) {
        return server.base() + "/browse/" + key;
    }

    @Override
    public void close() {
        server.close();
    }
}
