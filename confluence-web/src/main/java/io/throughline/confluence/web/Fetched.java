package io.throughline.confluence.web;

import io.throughline.confluence.web.jira.JiraReply;
import java.time.Instant;

/** The data a macro renders: fresh from Jira, an earlier answer standing in after a failure, or none. */
public sealed interface Fetched<T> {

    /** What a read gave, fresh or kept from before; nothing when it could not be read at all. */
    static <T> java.util.Optional<T> usable(Fetched<T> read) {
        return read instanceof Fresh<T> fresh ? java.util.Optional.of(fresh.data())
                : read instanceof Stale<T> stale ? java.util.Optional.of(stale.data()) : java.util.Optional.empty();
    }


    record Fresh<T>(T data, Instant at) implements Fetched<T> {
    }

    /** Jira failed just now; {@code data} is what it answered at {@code at}. */
    record Stale<T>(T data, Instant at, JiraReply.Failure failure) implements Fetched<T> {
    }

    record Failed<T>(JiraReply.Failure failure) implements Fetched<T> {
    }
}
