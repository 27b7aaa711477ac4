package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import java.util.Optional;

/** Builds initiatives for tests; starts from a complete, committable bet. */
public final class InitiativeBuilder {

    private InitiativeKey key = InitiativeKey.parse("GROW-1");
    private String summary = "Activation onboarding";
    private Team team = Team.of("Growth");
    private Stage stage = Stage.BET;
    private Optional<UserRef> owner = Optional.of(UserRef.of("pm.growth"));
    private Optional<String> metric = Optional.of("Activation rate: 22% -> 30%");
    private Optional<EvidenceHorizon> horizon = Optional.empty();

    public static InitiativeBuilder initiative(String key) {
        InitiativeBuilder builder = new InitiativeBuilder();
        builder.key = InitiativeKey.parse(key);
        return builder;
    }

    public InitiativeBuilder summary(String value) {
        summary = value;
        return this;
    }

    public InitiativeBuilder team(String value) {
        team = Team.of(value);
        return this;
    }

    public InitiativeBuilder stage(Stage value) {
        stage = value;
        return this;
    }

    public InitiativeBuilder owner(String value) {
        owner = Optional.ofNullable(value).map(UserRef::of);
        return this;
    }

    public InitiativeBuilder metric(String value) {
        metric = Optional.ofNullable(value);
        return this;
    }

    public InitiativeBuilder horizon(LocalDate value) {
        horizon = Optional.ofNullable(value).map(EvidenceHorizon::new);
        return this;
    }

    public Initiative build() {
        return new Initiative(key, summary, team, stage, owner, metric, horizon);
    }
}
