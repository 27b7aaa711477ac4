package io.throughline.core.performance;

import io.throughline.core.common.Texts;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A commit or pull request a deployment ships: its id, when it was created, the issues it names. */
public record ShippedChange(String id, Instant createdAt, Set<InitiativeKey> issueKeys) {

    public ShippedChange {
        id = Texts.requireLine(id, "change id", EventKey.MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
        issueKeys = Set.copyOf(issueKeys);
    }
}
