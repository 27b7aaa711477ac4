package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.PortfolioRow;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** One dependency row of the portfolio, with its consumer initiative's summary. */
public record PortfolioRowJson(long id, String consumerKey, String consumerSummary, String consumerTeam,
                               String providerTeam, String providerIssueKey, String description, String health,
                               List<String> reasons, boolean lateDiscovered, String neededBy, String committedDate,
                               long ageDays, String interactionMode, Integer ackSlaDays,
                               boolean noInteractionContract, String noInteractionContractReason) {

    public PortfolioRowJson {
        reasons = List.copyOf(reasons);
    }

    /** A row of two teams with a declared way of working not given. */
    public PortfolioRowJson(long id, String consumerKey, String consumerSummary, String consumerTeam,
                            String providerTeam, String providerIssueKey, String description, String health,
                            List<String> reasons, boolean lateDiscovered, String neededBy, String committedDate,
                            long ageDays) {
        this(id, consumerKey, consumerSummary, consumerTeam, providerTeam, providerIssueKey, description, health,
                reasons, lateDiscovered, neededBy, committedDate, ageDays, null, null, false, null);
    }

    public static PortfolioRowJson of(PortfolioRow row, Ages ages, Function<Message, String> text) {
        DependencyStatus status = row.status();
        Dependency dependency = status.dependency();
        Interactions interaction = Interactions.of(status, text);
        return new PortfolioRowJson(dependency.id().value(), dependency.consumer().value(), row.consumer().summary(),
                status.consumerTeam().name(), dependency.providerTeam().name(),
                dependency.providerIssue().map(InitiativeKey::value).orElse(null), dependency.description(),
                status.health().name(), row.reasons().stream().map(text).toList(), status.lateDiscovered(),
                dependency.neededBy().toString(), dependency.committedDate().map(LocalDate::toString).orElse(null),
                ages.daysSince(dependency.requestedAt()), interaction.mode(), interaction.ackSlaDays(),
                interaction.noContract(), interaction.reason());
    }
}
