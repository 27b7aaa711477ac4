package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.common.People;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.initiative.InitiativeKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dependency with its full state and its derived health, as the viewer may see it. People come as
 * user keys ({@code requestedBy}, {@code answeredBy}: who made the latest move) with the names the
 * host shows for them.
 */
public record DependencyJson(long id, String consumerKey, String consumerTeam, String providerTeam,
                             String providerIssueKey, String description, String state, String health,
                             List<String> reasons, boolean lateDiscovered, String neededBy, String committedDate,
                             String declineReason, String requestedBy, String requestedByName, String requestedAt,
                             String answeredBy, String answeredByName, String answeredAt, long ageDays,
                             int version) {

    public DependencyJson {
        reasons = List.copyOf(reasons);
    }

    public static DependencyJson of(DependencyStatus status, Ages ages, Function<Message, String> text,
                                    People people) {
        Dependency dependency = status.dependency();
        Optional<DependencyChange> answer = dependency.lastChange();
        return new DependencyJson(dependency.id().value(), dependency.consumer().value(),
                status.consumerTeam().name(), dependency.providerTeam().name(),
                dependency.providerIssue().map(InitiativeKey::value).orElse(null), dependency.description(),
                dependency.state().name(), status.health().name(), reasons(status, text), status.lateDiscovered(),
                dependency.neededBy().toString(), dependency.committedDate().map(LocalDate::toString).orElse(null),
                dependency.declineReason().orElse(null), dependency.request().requestedBy().key(),
                people.displayName(dependency.request().requestedBy()), dependency.requestedAt().toString(),
                answer.map(change -> change.by().key()).orElse(null),
                answer.map(change -> people.displayName(change.by())).orElse(null),
                answer.map(change -> change.at().toString()).orElse(null),
                ages.daysSince(dependency.requestedAt()), dependency.version());
    }

    static List<String> reasons(DependencyStatus status, Function<Message, String> text) {
        return status.reasons().stream().map(reason -> text.apply(reason.describe(status.dependency()))).toList();
    }
}
