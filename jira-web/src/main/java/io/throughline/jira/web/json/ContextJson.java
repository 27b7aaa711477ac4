package io.throughline.jira.web.json;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.context.InitiativeContext;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/context}: one compact document an artifact can cite as
 * {@code citation} ({@code KEY@version}). The version changes whenever the initiative, its contract,
 * assumptions, decisions, dependencies or standing evidence change, and is the same for every
 * viewer; {@code computedAt} says when this copy was put together. {@code contract} is null before
 * the first commitment; decisions and evidence are newest first; a provider issue the caller may not
 * see is null.
 */
public record ContextJson(String key, String version, String citation, String computedAt, InitiativeFacts initiative,
                          ContractJson contract, List<AssumptionJson> assumptions, List<EvidenceJson> decisions,
                          List<DependencyFacts> dependencies, List<EvidenceJson> evidence) {

    /** The initiative itself: summary, team, stage, owner (user key and name), metric as written, horizon. */
    public record InitiativeFacts(String summary, String team, String stage, String owner, String ownerName,
                                  String successMetric, String evidenceHorizon) {

        static InitiativeFacts of(Initiative initiative, People people) {
            return new InitiativeFacts(initiative.summary(), initiative.team().name(), initiative.stage().name(),
                    initiative.owner().map(UserRef::key).orElse(null),
                    initiative.owner().map(people::displayName).orElse(null), initiative.successMetric().orElse(null),
                    initiative.evidenceHorizon().map(horizon -> horizon.date().toString()).orElse(null));
        }
    }

    /** What the initiative asked of another team, as recorded (health is left to the dependency endpoints). */
    public record DependencyFacts(long id, String providerTeam, String providerIssue, String description,
                                  String neededBy, String state, String committedDate, Long slipDays,
                                  String declineReason, String withdrawReason) {

        static DependencyFacts of(Dependency dependency, InitiativeContext context) {
            return new DependencyFacts(dependency.id().value(), dependency.providerTeam().name(),
                    context.shownProviderIssue(dependency).map(InitiativeKey::value).orElse(null),
                    dependency.description(), dependency.neededBy().toString(), dependency.state().name(),
                    dependency.committedDate().map(LocalDate::toString).orElse(null), dependency.slipDays().orElse(null),
                    dependency.declineReason().orElse(null), dependency.withdrawReason().orElse(null));
        }
    }

    public static ContextJson of(InitiativeContext context, People people) {
        return new ContextJson(context.initiative().key().value(), context.version(), context.citation(),
                context.computedAt().toString(), InitiativeFacts.of(context.initiative(), people),
                context.contract().map(ContractJson::of).orElse(null),
                context.assumptions().stream().map(AssumptionJson::of).toList(),
                context.decisions().stream().map(entry -> EvidenceJson.of(entry, false, people)).toList(),
                context.dependencies().stream().map(dependency -> DependencyFacts.of(dependency, context)).toList(),
                context.latestEvidence().stream().map(entry -> EvidenceJson.of(entry, false, people)).toList());
    }
}
