package io.throughline.core.performance;

import io.throughline.core.common.Texts;

/**
 * What identifies an event: the source that sent it and the id it gave it ({@code context.source},
 * {@code context.id} in CDEvents). The same key sent again is a replay and changes nothing.
 */
public record EventKey(String source, String id) implements Comparable<EventKey> {

    public static final int MAX_LENGTH = 450;

    public EventKey {
        source = Texts.requireLine(source, "event source", MAX_LENGTH);
        id = Texts.requireLine(id, "event id", MAX_LENGTH);
    }

    @Override
    public int compareTo(EventKey other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : id.compareTo(other.id);
    }
}
