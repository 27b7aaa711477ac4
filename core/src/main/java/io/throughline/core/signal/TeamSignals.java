package io.throughline.core.signal;

import io.throughline.core.common.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signals a team raises as of {@code asOf}, with the weekly median acknowledgement latency of
 * its requests they were judged on (oldest first).
 */
public record TeamSignals(Team team, Instant asOf, List<SignalVerdict> raised,
                          List<Optional<BigDecimal>> weeklyAcknowledgementDays) {

    public TeamSignals {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(asOf, "asOf");
        raised = List.copyOf(raised);
        weeklyAcknowledgementDays = List.copyOf(weeklyAcknowledgementDays);
    }
}
