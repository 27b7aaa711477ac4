package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.PortfolioService;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A request waiting on a team, as its members see it: what is asked and by when, and of the
 * consumer initiative only its key, summary and team (members may not be able to browse it).
 */
public record TeamRequestJson(long id, String state, String description, String neededBy, String committedDate,
                              String consumerKey, String consumerSummary, String consumerTeam, String providerTeam,
                              String providerIssueKey, String health, List<String> reasons, String requestedAt,
                              long ageDays, int round, Long slipDays, int version) {

    public TeamRequestJson {
        reasons = List.copyOf(reasons);
    }

    public static TeamRequestJson of(PortfolioService.TeamRequest request, Ages ages, Function<Message, String> text) {
        Dependency dependency = request.status().dependency();
        return new TeamRequestJson(dependency.id().value(), dependency.state().name(), dependency.description(),
                dependency.neededBy().toString(), dependency.committedDate().map(LocalDate::toString).orElse(null),
                dependency.consumer().value(), request.consumerSummary(), request.consumerTeam().name(),
                dependency.providerTeam().name(), dependency.providerIssue().map(InitiativeKey::value).orElse(null),
                request.status().health().name(), DependencyJson.reasons(request.status(), text),
                dependency.requestedAt().toString(), ages.daysSince(dependency.requestedAt()), dependency.round(),
                dependency.slipDays().orElse(null), dependency.version());
    }
}
