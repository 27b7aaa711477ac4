package io.throughline.core.initiative;

import io.throughline.core.common.Team;
import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core knows of an initiative at one moment. Owner, metric and horizon are optional
 * here on purpose: an initiative may lack them while it is a bet, and the gates report it.
 */
public record Initiative(
        InitiativeKey key,
        String summary,
        Team team,
        Stage stage,
        Optional<UserRef> owner,
        Optional<String> successMetric,
        Optional<EvidenceHorizon> evidenceHorizon) {

    public static final int MAX_SUMMARY = 255;
    /** Longer than the metric syntax allows, so an over-long field reaches the parser and is reported. */
    public static final int MAX_METRIC = 450;

    public Initiative {
        Objects.requireNonNull(key, "key");
        summary = Texts.requireLine(summary, "summary", MAX_SUMMARY);
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(successMetric, "successMetric");
        Objects.requireNonNull(evidenceHorizon, "evidenceHorizon");
        successMetric = successMetric.filter(text -> !text.isBlank()).map(String::strip);
        if (successMetric.map(String::length).orElse(0) > MAX_METRIC) {
            throw new IllegalArgumentException("success metric is longer than " + MAX_METRIC + " characters");
        }
    }

    public Initiative withStage(Stage next) {
        return new Initiative(key, summary, team, next, owner, successMetric, evidenceHorizon);
    }
}
