package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.common.People;
import io.throughline.core.common.Team;
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
 * host shows for them. A withdrawn dependency is judged nowhere: its {@code health} is null.
 * {@code revisions} lists each move of the committed date; {@code slipDays} is the latest committed
 * date minus the first (0 when never revised, null when never committed). {@code interactionMode} and
 * {@code ackSlaDays} are the two teams' declared way of working; without one, {@code noInteractionContract}
 * is true and {@code noInteractionContractReason} says so (health is not changed by it).
 */
public record DependencyJson(long id, String consumerKey, String consumerTeam, String providerTeam,
                             String providerIssueKey, String description, String state, String health,
                             List<String> reasons, boolean lateDiscovered, String neededBy, String committedDate,
                             String declineReason, String requestedBy, String requestedByName, String requestedAt,
                             String answeredBy, String answeredByName, String answeredAt, long ageDays,
                             int version, int round, List<RevisionJson> revisions, Long slipDays,
                             String withdrawReason, String interactionMode, Integer ackSlaDays,
                             boolean noInteractionContract, String noInteractionContractReason) {

    public DependencyJson {
        reasons = List.copyOf(reasons);
        revisions = List.copyOf(revisions);
    }

    /** One move of the committed date. */
    public record RevisionJson(String at, String by, String byName, String from, String to, String reason) {
        static RevisionJson of(Dependency.Revision revision, People people) {
            return new RevisionJson(revision.at().toString(), revision.by().key(), people.displayName(revision.by()),
                    revision.from().toString(), revision.to().toString(), revision.reason());
        }
    }

    public static DependencyJson of(DependencyStatus status, Ages ages, Function<Message, String> text,
                                    People people) {
        return of(status.dependency(), status.consumerTeam(), status.health().name(), reasons(status, text),
                status.lateDiscovered(), ages, people, Interactions.of(status, text));
    }

    /** A withdrawn dependency: on record, without health. */
    public static DependencyJson withdrawn(Dependency dependency, Team consumerTeam, Ages ages, People people) {
        return of(dependency, consumerTeam, null, List.of(), false, ages, people, Interactions.NONE);
    }

    private static DependencyJson of(Dependency dependency, Team consumerTeam, String health, List<String> reasons,
                                     boolean late, Ages ages, People people, Interactions interaction) {
        Optional<DependencyChange> answer = dependency.lastChange();
        return new DependencyJson(dependency.id().value(), dependency.consumer().value(),
                consumerTeam.name(), dependency.providerTeam().name(),
                dependency.providerIssue().map(InitiativeKey::value).orElse(null), dependency.description(),
                dependency.state().name(), health, reasons, late,
                dependency.neededBy().toString(), dependency.committedDate().map(LocalDate::toString).orElse(null),
                dependency.declineReason().orElse(null), dependency.request().requestedBy().key(),
                people.displayName(dependency.request().requestedBy()), dependency.requestedAt().toString(),
                answer.map(change -> change.by().key()).orElse(null),
                answer.map(change -> people.displayName(change.by())).orElse(null),
                answer.map(change -> change.at().toString()).orElse(null),
                ages.daysSince(dependency.requestedAt()), dependency.version(), dependency.round(),
                dependency.revisions().stream().map(revision -> RevisionJson.of(revision, people)).toList(),
                dependency.slipDays().orElse(null), dependency.withdrawReason().orElse(null), interaction.mode(),
                interaction.ackSlaDays(), interaction.noContract(), interaction.reason());
    }

    static List<String> reasons(DependencyStatus status, Function<Message, String> text) {
        return status.reasons().stream().map(reason -> text.apply(reason.describe(status.dependency()))).toList();
    }
}
