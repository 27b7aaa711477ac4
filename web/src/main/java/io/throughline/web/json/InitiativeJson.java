package io.throughline.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.initiative.Initiative;
import java.util.function.Function;

/** An initiative with its parsed success metric and the commit and outcome gates' verdicts. */
public record InitiativeJson(String key, String summary, String team, String owner, MetricJson successMetric,
                             String evidenceHorizon, String stage, Gates gates) {

    public static InitiativeJson of(Initiative initiative, GateReport commit, GateReport outcome,
                                    Function<Message, String> text) {
        return new InitiativeJson(initiative.key().value(), initiative.summary(), initiative.team().name(),
                initiative.owner().map(UserRef::key).orElse(null),
                initiative.successMetric().map(MetricJson::of).orElse(null),
                initiative.evidenceHorizon().map(horizon -> horizon.date().toString()).orElse(null),
                initiative.stage().name(),
                new Gates(GateJson.of(commit, text), GateJson.of(outcome, text)));
    }

    /** The two gates an initiative passes on its way: bet to commitment, shipped to validated. */
    public record Gates(GateJson commit, GateJson outcome) {
    }
}
