package io.throughline.confluence.web;

import io.throughline.confluence.web.jira.JiraDataSource;
import io.throughline.confluence.web.jira.JiraReply;
import io.throughline.confluence.web.json.JsonShapeException;
import java.util.function.Function;

/**
 * One request to Jira per render at most, through the cache: a fresh cached answer is used as it
 * is; otherwise Jira is asked and a good answer is parsed and cached. When Jira fails for a reason
 * that may pass, the viewer's last good answer stands in, marked stale; a refusal (credentials,
 * 4xx) forgets it, so access that was taken away is not shown from memory.
 */
public final class CachedJira {

    private final JiraDataSource jira;
    private final ReplyCache cache;

    public CachedJira(JiraDataSource jira, ReplyCache cache) {
        this.jira = jira;
        this.cache = cache;
    }

    public String browserBaseUrl() {
        return jira.browserBaseUrl();
    }

    public ReplyCache cache() {
        return cache;
    }

    /** {@code parse} reads the JSON document into view data and throws {@link JsonShapeException} when it cannot. */
    public <T> Fetched<T> fetch(String viewer, String path, Function<Object, T> parse, Class<T> type) {
        var fresh = cache.fresh(viewer, path).filter(entry -> type.isInstance(entry.value()));
        if (fresh.isPresent()) {
            return new Fetched.Fresh<>(type.cast(fresh.get().value()), fresh.get().at());
        }
        JiraReply.Failure failure;
        JiraReply reply = jira.get(viewer, path);
        if (reply instanceof JiraReply.Ok ok) {
            try {
                T data = parse.apply(ok.json());
                return new Fetched.Fresh<>(data, cache.put(viewer, path, data).at());
            } catch (JsonShapeException e) {
                failure = new JiraReply.Malformed(e.getMessage());
            }
        } else {
            failure = (JiraReply.Failure) reply;
        }
        if (!failure.transientFailure()) {
            cache.remove(viewer, path);
            return new Fetched.Failed<>(failure);
        }
        var last = cache.lastGood(viewer, path).filter(entry -> type.isInstance(entry.value()));
        return last.<Fetched<T>>map(entry -> new Fetched.Stale<>(type.cast(entry.value()), entry.at(), failure))
                .orElseGet(() -> new Fetched.Failed<>(failure));
    }
}
