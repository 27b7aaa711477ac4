package io.throughline.confluence.web;

import io.throughline.core.common.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The last good answer per (viewer, request): fresh for a while, then kept only as a stand-in when
 * Jira fails. Bounded (least recently used goes first) and local to the node: it is derived data,
 * safe to lose. Keys include the viewer, so one viewer's answer is never shown to another.
 */
public final class ReplyCache {

    public static final Duration DEFAULT_FRESH_FOR = Duration.ofSeconds(60);
    public static final Duration DEFAULT_KEEP_FOR = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 2_000;

    private final Clock clock;
    private final Duration freshFor;
    private final Duration keepFor;
    private final Map<Key, Entry> entries;

    public ReplyCache(Clock clock, Duration freshFor, Duration keepFor, int maxEntries) {
        if (freshFor.isNegative() || keepFor.compareTo(freshFor) < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("need 0 <= freshFor <= keepFor and maxEntries >= 1");
        }
        this.clock = clock;
        this.freshFor = freshFor;
        this.keepFor = keepFor;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public static ReplyCache withDefaults(Clock clock) {
        return new ReplyCache(clock, DEFAULT_FRESH_FOR, DEFAULT_KEEP_FOR, DEFAULT_MAX_ENTRIES);
    }

    public Instant now() {
        return clock.now();
    }

    /** The answer if it is still fresh. */
    public synchronized Optional<Entry> fresh(String viewer, String request) {
        return find(viewer, request, freshFor);
    }

    /** The last good answer not older than the keep limit, to show as stale. */
    public synchronized Optional<Entry> lastGood(String viewer, String request) {
        return find(viewer, request, keepFor);
    }

    public synchronized Entry put(String viewer, String request, Object value) {
        Entry entry = new Entry(value, clock.now());
        entries.put(new Key(viewer, request), entry);
        return entry;
    }

    /** Forgets the answer (the viewer may no longer see it). */
    public synchronized void remove(String viewer, String request) {
        entries.remove(new Key(viewer, request));
    }

    public synchronized int size() {
        return entries.size();
    }

    private Optional<Entry> find(String viewer, String request, Duration maxAge) {
        Key key = new Key(viewer, request);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.at().plus(maxAge).isBefore(clock.now())) {
            if (maxAge.equals(keepFor)) {
                entries.remove(key);
            }
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** A good answer and when it was fetched. */
    public record Entry(Object value, Instant at) {
    }

    private record Key(String viewer, String request) {
        Key {
            Objects.requireNonNull(viewer);
            Objects.requireNonNull(request);
        }
    }
}
