package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.interaction.Interaction;
import java.util.function.Function;

/** The interaction fields of a dependency's JSON: the pair's mode and SLA, or that it has none and why. */
record Interactions(String mode, Integer ackSlaDays, boolean noContract, String reason) {

    static final Interactions NONE = new Interactions(null, null, false, null);

    static Interactions of(DependencyStatus status, Function<Message, String> text) {
        return new Interactions(status.interaction().map(i -> i.mode().name()).orElse(null),
                status.interaction().map(Interaction::ackSlaDays).orElse(null), status.noInteractionContract(),
                status.noInteractionContractReason().map(text).orElse(null));
    }
}
