package io.throughline.core.dependency;

import io.throughline.core.common.Team;
import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A consumer initiative's request to a providing team, optionally for one of its issues. */
public record NewDependency(
        InitiativeKey consumer,
        Team providerTeam,
        Optional<InitiativeKey> providerIssue,
        String description,
        LocalDate neededBy,
        UserRef requestedBy,
        Instant requestedAt) {

    public static final int MAX_DESCRIPTION = 450;

    public NewDependency {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(providerTeam, "providerTeam");
        Objects.requireNonNull(providerIssue, "providerIssue");
        description = Texts.requireLine(description, "dependency description", MAX_DESCRIPTION);
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (providerIssue.map(consumer::equals).orElse(false)) {
            throw new IllegalArgumentException("an initiative cannot depend on itself: " + consumer);
        }
    }
}
