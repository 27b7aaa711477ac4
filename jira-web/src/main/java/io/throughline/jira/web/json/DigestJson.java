package io.throughline.jira.web.json;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.digest.Digest;
import io.throughline.core.digest.DigestTotals;
import io.throughline.core.digest.DependencyNews;
import io.throughline.core.digest.EvidenceAdded;
import io.throughline.core.digest.InitiativeDigest;
import io.throughline.core.digest.SignalNews;
import io.throughline.core.digest.StageMoves;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.StageChange;
import io.throughline.web.view.ViewText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /digest}: what changed from {@code from} (the start of {@code since} in the host's zone) until
 * {@code until}, for {@code teams} ({@code teamAsked} false: every team the caller may know about). One entry
 * per initiative with news, by key; {@code own} is false for another team's initiative listed only for its
 * dependencies on the teams asked. Every text people typed (summaries, reasons, descriptions) is as typed:
 * escaping is the renderer's. Instants are ISO-8601 UTC, days {@code YYYY-MM-DD}; a health or reason is
 * null where the section does not judge one. {@code quiet} counts the teams' initiatives with nothing new.
 */
public record DigestJson(String since, String from, String until, List<String> teams, boolean teamAsked,
                         List<InitiativeJson> initiatives, int quiet, TotalsJson totals, String definitions) {

    /** The version of the definitions in docs/semantics.md the digest follows. */
    public static final String DEFINITIONS = "semantics-15";

    public record InitiativeJson(String initiative, String summary, String team, boolean own, StagesJson stages,
                                 EvidenceNewsJson evidence, List<ContractJson.ChangeJson> contractChanges,
                                 DependenciesJson dependencies, SignalNewsJson signals) {
    }

    /** Stage at the window's start (null: created in it) and end, every change in order (a creation has no {@code from}). */
    public record StagesJson(String atStart, String atEnd, boolean created, boolean endedWhereStarted,
                             List<MoveJson> moves, List<MoveJson> commitments) {
    }

    public record MoveJson(String from, String to, String by, String byName, String at) {
    }

    /** The entries that count now and did not at the start, by kind; proposals nobody confirmed apart. */
    public record EvidenceNewsJson(int count, Map<String, Integer> byKind, List<EvidenceJson> entries,
                                   List<EvidenceJson> decisions, List<EvidenceJson> proposals) {
    }

    public record DependenciesJson(List<DependencyItemJson> newlyAtRisk, List<DependencyItemJson> newlyBlocked,
                                   List<DependencyItemJson> delivered, List<DependencyItemJson> slips,
                                   List<DependencyItemJson> withdrawn) {
    }

    /**
     * A dependency as it stood at the window's end. For a health turn, {@code healthBefore} (null: not yet
     * requested at the start), {@code health} and its {@code reasons}; for a delivery, slip or withdrawal,
     * the change ({@code at}, {@code by}, {@code reason}) and, for a slip, the committed dates and days.
     */
    public record DependencyItemJson(long id, String consumerKey, String providerTeam, String providerIssueKey,
                                     String description, String neededBy, String committedDate, String state,
                                     String healthBefore, String health, List<String> reasons, String at, String by,
                                     String byName, String reason, String slippedFrom, String slippedTo,
                                     Long slipDays) {
    }

    /** Signals raised and cleared between the two ends; {@code known} false when an end has no line to compare. */
    public record SignalNewsJson(boolean known, List<SignalsJson.Raised> raised, List<SignalsJson.Raised> cleared) {
    }

    public record TotalsJson(int initiatives, int created, int stageMoves, int commitments, int evidence,
                             Map<String, Integer> evidenceByKind, int proposals, int decisions, int contractChanges,
                             int accepted, int newlyAtRisk, int newlyBlocked, int delivered, int slips, int withdrawn,
                             int signalsRaised, int signalsCleared) {
    }

    public static DigestJson of(Digest digest, ViewText text, People people) {
        return new DigestJson(digest.since().toString(), digest.from().toString(), digest.until().toString(),
                digest.teams().stream().map(team -> team.name()).toList(), digest.teamAsked(),
                digest.initiatives().stream().map(one -> initiative(one, text, people)).toList(), digest.quiet(),
                totals(digest.totals()), DEFINITIONS);
    }

    private static InitiativeJson initiative(InitiativeDigest one, ViewText text, People people) {
        return new InitiativeJson(one.key().value(), one.initiative().summary(), one.team().name(), one.own(),
                stages(one.stages(), people), evidence(one.evidence(), people),
                one.contractChanges().stream().map(ContractJson.ChangeJson::of).toList(),
                dependencies(one.dependencies(), text, people), signals(one.signals(), text));
    }

    private static StagesJson stages(StageMoves stages, People people) {
        Function<StageChange, MoveJson> move = change -> new MoveJson(change.from().map(Enum::name).orElse(null),
                change.to().name(), change.by().key(), people.displayName(change.by()), change.at().toString());
        return new StagesJson(stages.atStart().map(Enum::name).orElse(null), stages.atEnd().name(), stages.created(),
                stages.endedWhereStarted(), stages.moves().stream().map(move).toList(),
                stages.commitments().stream().map(move).toList());
    }

    private static EvidenceNewsJson evidence(EvidenceAdded added, People people) {
        return new EvidenceNewsJson(added.entries().size(), kinds(added.byKind()),
                added.entries().stream().map(entry -> EvidenceJson.of(entry, false, people)).toList(),
                added.decisions().stream().map(entry -> EvidenceJson.of(entry, false, people)).toList(),
                added.proposals().stream().map(entry -> EvidenceJson.of(entry, false, people)).toList());
    }

    private static DependenciesJson dependencies(DependencyNews news, ViewText text, People people) {
        Function<DependencyNews.Turn, DependencyItemJson> turn = t -> item(t.status().dependency(),
                t.before().map(Enum::name).orElse(null), t.status().health().name(),
                DependencyJson.reasons(t.status(), text::text), null, people);
        Function<DependencyNews.Moved, DependencyItemJson> moved = m -> item(m.dependency(), null, null, List.of(),
                new Made(m.change().at().toString(), m.change().by(), m.change().reason().orElse(null), null, null, null),
                people);
        return new DependenciesJson(news.newlyAtRisk().stream().map(turn).toList(),
                news.newlyBlocked().stream().map(turn).toList(), news.delivered().stream().map(moved).toList(),
                news.slips().stream().map(slip -> item(slip.dependency(), null, null, List.of(),
                        new Made(slip.revision().at().toString(), slip.revision().by(), slip.revision().reason(),
                                slip.revision().from().toString(), slip.revision().to().toString(), slip.days()),
                        people)).toList(),
                news.withdrawn().stream().map(moved).toList());
    }

    /** The change an item is about: when, by whom, why, and for a slip the committed dates. */
    private record Made(String at, UserRef by, String reason, String slippedFrom, String slippedTo, Long slipDays) {
    }

    private static DependencyItemJson item(Dependency dependency, String before, String health, List<String> reasons,
                                           Made made, People people) {
        return new DependencyItemJson(dependency.id().value(), dependency.consumer().value(),
                dependency.providerTeam().name(), dependency.providerIssue().map(InitiativeKey::value).orElse(null),
                dependency.description(), dependency.neededBy().toString(),
                dependency.committedDate().map(LocalDate::toString).orElse(null), dependency.state().name(), before,
                health, reasons, made == null ? null : made.at(), made == null ? null : made.by().key(),
                made == null ? null : people.displayName(made.by()), made == null ? null : made.reason(),
                made == null ? null : made.slippedFrom(), made == null ? null : made.slippedTo(),
                made == null ? null : made.slipDays());
    }

    private static SignalNewsJson signals(SignalNews news, ViewText text) {
        return new SignalNewsJson(news.known(), SignalsJson.raised(news.raised(), text),
                SignalsJson.raised(news.cleared(), text));
    }

    private static TotalsJson totals(DigestTotals totals) {
        return new TotalsJson(totals.initiatives(), totals.created(), totals.stageMoves(), totals.commitments(),
                totals.evidence(), kinds(totals.evidenceByKind()), totals.proposals(), totals.decisions(),
                totals.contractChanges(), totals.accepted(), totals.newlyAtRisk(), totals.newlyBlocked(),
                totals.delivered(), totals.slips(), totals.withdrawn(), totals.signalsRaised(), totals.signalsCleared());
    }

    private static Map<String, Integer> kinds(Map<EvidenceKind, Integer> byKind) {
        Map<String, Integer> named = new LinkedHashMap<>();
        byKind.forEach((kind, count) -> named.put(kind.name(), count));
        return named;
    }
}
