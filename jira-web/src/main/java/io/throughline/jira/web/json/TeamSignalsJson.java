package io.throughline.jira.web.json;

import io.throughline.core.signal.TeamSignals;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /teams/{team}/signals}: the team's signals as of {@code asOf}, and the weekly median
 * acknowledgement latency of its requests in days (oldest first, null for a week with no answer).
 */
public record TeamSignalsJson(String team, String asOf, List<SignalsJson.Raised> signals,
                              List<BigDecimal> weeklyAcknowledgementDays) {

    public static TeamSignalsJson of(TeamSignals signals, ViewText text) {
        return new TeamSignalsJson(signals.team().name(), signals.asOf().toString(),
                SignalsJson.raised(signals.raised(), text),
                signals.weeklyAcknowledgementDays().stream().map(week -> week.orElse(null)).toList());
    }
}
