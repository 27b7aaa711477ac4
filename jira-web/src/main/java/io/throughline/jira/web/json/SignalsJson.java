package io.throughline.jira.web.json;

import io.throughline.core.signal.InitiativeSignals;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.web.view.ViewText;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/signals}: the signals raised as of {@code asOf}, each by its code
 * ({@code STALLED}, …), its name and its reason in the caller's language.
 */
public record SignalsJson(String initiative, String asOf, List<Raised> signals) {

    public record Raised(String signal, String name, String reason) {
    }

    public static SignalsJson of(InitiativeSignals signals, ViewText text) {
        return new SignalsJson(signals.initiative().value(), signals.asOf().toString(), raised(signals.raised(), text));
    }

    /** Each verdict by its code, its name and its reason in the caller's language. */
    static List<Raised> raised(List<SignalVerdict> verdicts, ViewText text) {
        return verdicts.stream().map(verdict -> new Raised(verdict.signal().name(),
                text.text("throughline.web.signal.name." + verdict.signal().name()), text.text(verdict.reason())))
                .toList();
    }
}
