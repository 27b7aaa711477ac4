package io.throughline.core.evidence;

import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.util.Objects;

/** A person's confirmation of an assistant's proposed entry: who and when. Recorded once. */
public record Confirmation(UserRef by, Instant at) {

    public Confirmation {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
