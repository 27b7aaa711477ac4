package io.throughline.core.digest;

import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.contract.ContractField;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.evidence.Confirmation;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.interaction.InteractionTable;
import io.throughline.core.signal.Signal;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.core.testing.EvidenceBuilder;
import io.throughline.core.testing.InitiativeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The digest as a pure function of the histories between two instants: one initiative's history per case,
 * and what its digest says, written as a line (empty: nothing to tell). The window is Monday 1 June 2026
 * 00:00 UTC to Monday 8 June 12:00 UTC.
 */
class DigestRulesTest {

    static final Instant FROM = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-06-08T12:00:00Z");
    static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    static final UserRef PM = UserRef.of("pm.growth");
    static final UserRef LEAD = UserRef.of("lead.identity");
    static final Message WHY = Message.of("throughline.test.reason");

    /** One initiative's records, built by a case; everything it knows of starts long before the window. */
    static final class History {
        Stage stageNow = Stage.BET;
        final List<StageChange> stages = new ArrayList<>();
        final List<EvidenceEntry> evidence = new ArrayList<>();
        final List<ContractChange> contract = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        final Map<InitiativeKey, List<SignalVerdict>> atStart = new HashMap<>(Map.of(GROW_1, List.of()));
        final Map<InitiativeKey, List<SignalVerdict>> atEnd = new HashMap<>(Map.of(GROW_1, List.of()));
        final Map<InitiativeKey, Instant> commitments = new HashMap<>();

        History() {
            stages.add(new StageChange(GROW_1, Optional.empty(), Stage.BET, PM, day(-60)));
        }

        History move(Stage from, Stage to, Instant at) {
            stages.add(new StageChange(GROW_1, Optional.ofNullable(from), to, PM, at));
            stageNow = to;
            if (to.isCommitted()) {
                commitments.merge(GROW_1, at, (a, b) -> a.isBefore(b) ? a : b);
            }
            return this;
        }

        /** The initiative is first recorded at {@code at} (its earlier creation forgotten). */
        History createdAt(Instant at, Stage stage) {
            stages.clear();
            return move(null, stage, at);
        }

        EvidenceEntry entry(EvidenceBuilder builder, Instant at) {
            EvidenceEntry entry = new EvidenceEntry(new EvidenceId(evidence.size() + 1L),
                    builder.on(GROW_1).recordedAt(at).build());
            evidence.add(entry);
            return entry;
        }

        void confirm(EvidenceEntry proposal, Instant at) {
            evidence.set(evidence.indexOf(proposal), proposal.confirmed(PM, at));
        }

        ContractChange contractChange(ContractField field, String before, String after, Instant at) {
            ContractChange change = new ContractChange(new ContractChangeId(contract.size() + 1L), GROW_1, at, PM, field,
                    Optional.ofNullable(before), Optional.ofNullable(after));
            contract.add(change);
            return change;
        }

        /** A request to Identity made at {@code at}, needed by {@code neededBy}; change it with the result. */
        Dependency request(Instant at, LocalDate neededBy) {
            return Dependency.requested(new DependencyId(dependencies.size() + 1L), new NewDependency(GROW_1,
                    Team.of("Identity"), Optional.empty(), "Auth constraint: SSO users skip the password step", neededBy,
                    PM, at));
        }

        void add(Dependency dependency) {
            dependencies.add(dependency);
        }

        void signals(List<Signal> start, List<Signal> end) {
            if (start == null) {
                atStart.remove(GROW_1);
            } else {
                atStart.put(GROW_1, start.stream().map(s -> new SignalVerdict(s, WHY)).toList());
            }
            atEnd.put(GROW_1, end.stream().map(s -> new SignalVerdict(s, WHY)).toList());
        }

        DigestHistories histories() {
            Initiative initiative = InitiativeBuilder.initiative("GROW-1").stage(stageNow).build();
            return new DigestHistories(FROM, UNTIL, ZoneOffset.UTC, 5, InteractionTable.EMPTY, List.of(initiative),
                    commitments, dependencies, stages, evidence, contract, atStart, atEnd);
        }
    }

    /** Days from the window's start at 00:00 UTC (negative: before it); fractions as hours. */
    static Instant day(double days) {
        return FROM.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    static LocalDate date(int days) {
        return LocalDate.ofInstant(FROM, ZoneOffset.UTC).plusDays(days);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("nothing happened in the window", h -> h.move(Stage.BET, Stage.COMMITTED, day(-3)), ""),
                row("a move and back within the week shows both and ends where it started", h -> h
                        .move(Stage.BET, Stage.COMMITTED, day(1)).move(Stage.COMMITTED, Stage.BET, day(3)),
                        "moves=[BET>COMMITTED, COMMITTED>BET] back commitments=1"),
                row("a move at the window's first instant is in it", h -> h.move(Stage.BET, Stage.COMMITTED, FROM),
                        "moves=[BET>COMMITTED] commitments=1"),
                row("a move a millisecond before the window is not", h -> h
                        .move(Stage.BET, Stage.COMMITTED, FROM.minusMillis(1)), ""),
                row("a move at the window's last moment is in it", h -> h
                        .move(Stage.BET, Stage.COMMITTED, UNTIL), "moves=[BET>COMMITTED] commitments=1"),
                row("a move after the window is not known to it", h -> h
                        .move(Stage.BET, Stage.COMMITTED, UNTIL.plusMillis(1)), ""),
                row("two moves forward end elsewhere; only entering a committed stage commits", h -> h
                        .move(Stage.BET, Stage.COMMITTED, day(-10)).move(Stage.COMMITTED, Stage.DELIVERING, day(2))
                        .move(Stage.DELIVERING, Stage.SHIPPED, day(6)),
                        "moves=[COMMITTED>DELIVERING, DELIVERING>SHIPPED]"),
                row("an initiative created in the window says so", h -> h.createdAt(day(2), Stage.BET),
                        "created moves=[>BET]"),
                row("evidence recorded in the window is counted by kind", h -> {
                    h.entry(evidence().kind(EvidenceKind.EXPERIMENT), day(1));
                    h.entry(evidence().kind(EvidenceKind.EXPERIMENT), day(2));
                    h.entry(evidence().kind(EvidenceKind.CUSTOMER_INSIGHT), day(-1));
                }, "evidence={EXPERIMENT=2}"),
                row("evidence at the first instant counts, at the last too, after it not", h -> {
                    h.entry(evidence().kind(EvidenceKind.RESEARCH), FROM);
                    h.entry(evidence().kind(EvidenceKind.EXPERIMENT), UNTIL);
                    h.entry(evidence().kind(EvidenceKind.CUSTOMER_INSIGHT), UNTIL.plusMillis(1));
                }, "evidence={EXPERIMENT=1, RESEARCH=1}"),
                row("an assistant's proposal nobody confirmed is apart and counts nowhere", h ->
                        h.entry(evidence().kind(EvidenceKind.RESEARCH).byAssistant("Copy assistant"), day(2)),
                        "proposals=[RESEARCH]"),
                row("an earlier proposal confirmed in the window becomes evidence", h -> {
                    EvidenceEntry proposal = h.entry(evidence().kind(EvidenceKind.RESEARCH).byAssistant("Copy"), day(-2));
                    h.confirm(proposal, day(1));
                }, "evidence={RESEARCH=1}"),
                row("a proposal confirmed after the window is still a proposal to it", h -> {
                    EvidenceEntry proposal = h.entry(evidence().kind(EvidenceKind.RESEARCH).byAssistant("Copy"), day(2));
                    h.confirm(proposal, UNTIL.plusSeconds(1));
                }, "proposals=[RESEARCH]"),
                row("an entry corrected in the window counts once, as its correction", h -> {
                    EvidenceEntry wrong = h.entry(evidence().kind(EvidenceKind.EXPERIMENT), day(1));
                    h.entry(evidence().kind(EvidenceKind.CUSTOMER_INSIGHT).supersedes(wrong.id().value()), day(2));
                }, "evidence={CUSTOMER_INSIGHT=1}"),
                row("an entry of before the window corrected in it: the correction is new", h -> {
                    EvidenceEntry wrong = h.entry(evidence().kind(EvidenceKind.EXPERIMENT), day(-5));
                    h.entry(evidence().kind(EvidenceKind.EXPERIMENT).supersedes(wrong.id().value()), day(2));
                }, "evidence={EXPERIMENT=1}"),
                row("a contract change a decision accepted in the window", h -> {
                    ContractChange change = h.contractChange(ContractField.SUCCESS_METRIC, "Activation rate: 22% -> 30%",
                            "Activation rate: 22% -> 28%", day(1));
                    h.entry(evidence().accepting(change.id().value()), day(2));
                }, "evidence={DECISION=1} decisions=1 contract=[SUCCESS_METRIC accepted]"),
                row("a contract change nobody accepted yet", h -> h.contractChange(ContractField.OWNER, "pm.growth",
                        "pm.other", day(4)), "contract=[OWNER pending]"),
                row("a contract change of before the window is not shown, its late acceptance is a decision", h -> {
                    ContractChange change = h.contractChange(ContractField.OWNER, "pm.growth", "pm.other", day(-2));
                    h.entry(evidence().accepting(change.id().value()), day(2));
                }, "evidence={DECISION=1} decisions=1"),
                row("a dependency blocked then delivered shows as delivered, not newly blocked", h -> h.add(
                        h.request(day(-20), date(3)).commit(LEAD, day(-19), date(3)).deliver(LEAD, day(5))),
                        "delivered=[1]"),
                row("a decline in the window newly blocks", h -> h.add(
                        h.request(day(-2), date(30)).decline(LEAD, day(1), "No capacity this quarter")),
                        "blocked=[1 from ON_TRACK]"),
                row("a request made and declined in the window newly blocks from nothing", h -> h.add(
                        h.request(day(1), date(30)).decline(LEAD, day(2), "No capacity this quarter")),
                        "blocked=[1 from none]"),
                row("a request blocked at the start and still blocked is no news", h -> h.add(
                        h.request(day(-9), date(30)).decline(LEAD, day(-8), "No capacity")), ""),
                row("a needed-by date passing in the window newly blocks", h -> h.add(
                        h.request(day(-20), date(5)).commit(LEAD, day(-19), date(5))), "blocked=[1 from ON_TRACK]"),
                row("a request left unanswered past the SLA in the window is newly at risk", h -> h.add(
                        h.request(day(-2), date(30))), "atRisk=[1 from ON_TRACK]"),
                row("at risk at the start and blocked at the end is newly blocked, not newly at risk", h -> h.add(
                        h.request(day(-8), date(30)).decline(LEAD, day(3), "No capacity")), "blocked=[1 from AT_RISK]"),
                row("a committed date revised later slips; one revised earlier does not", h -> {
                    h.add(h.request(day(-20), date(40)).commit(LEAD, day(-19), date(20))
                            .revise(LEAD, day(2), date(27), "Waits for the event-bus migration")
                            .revise(LEAD, day(4), date(24), "Migration came early"));
                }, "slips=[1 +7]"),
                row("a withdrawal in the window", h -> h.add(h.request(day(-20), date(40))
                        .withdraw(PM, day(3), "Re-planned without it")), "withdrawn=[1]"),
                row("one signal raised and another cleared both show", h -> h.signals(List.of(Signal.NOT_STARTED),
                        List.of(Signal.STALLED)), "raised=[STALLED] cleared=[NOT_STARTED]"),
                row("a signal raised then cleared again within the window shows neither: both ends agree",
                        h -> h.signals(List.of(), List.of()), ""),
                row("a signal raised at both ends is no news", h -> h.signals(List.of(Signal.HORIZON_PASSED),
                        List.of(Signal.HORIZON_PASSED)), ""),
                row("without a line at the start the signals are not known", h -> h.signals(null,
                        List.of(Signal.STALLED)), "signals=unknown"),
                row("created in the window, its first line's signals are raised", h -> {
                    h.createdAt(day(1), Stage.BET);
                    h.signals(null, List.of(Signal.EVIDENCE_STALE));
                }, "created moves=[>BET] raised=[EVIDENCE_STALE]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDigestOfOneHistory(String name, Consumer<History> given, String expected) {
        History history = new History();
        given.accept(history);

        List<InitiativeDigest> digests = DigestRules.between(history.histories());

        assertThat(digests).singleElement().satisfies(digest -> assertThat(line(digest)).isEqualTo(expected));
    }

    @Test
    void theStagesAtBothEndsAreTheRecordsAroundTheWindow() {
        History history = new History().move(Stage.BET, Stage.COMMITTED, day(-3))
                .move(Stage.COMMITTED, Stage.DELIVERING, day(2)).move(Stage.DELIVERING, Stage.SHIPPED, UNTIL.plusSeconds(1));

        StageMoves stages = DigestRules.between(history.histories()).get(0).stages();

        assertThat(stages.atStart()).contains(Stage.COMMITTED);
        assertThat(stages.atEnd()).as("the move after the window is not known to it").isEqualTo(Stage.DELIVERING);
        assertThat(stages.endedWhereStarted()).isFalse();
    }

    @Test
    void onlyTheWindowsOwnRecordsAreEnoughWhenTheyAreAllThereIs() {
        // The service reads the window only: a move's "from" tells the stage at the start.
        History full = new History().move(Stage.BET, Stage.COMMITTED, day(-3)).move(Stage.COMMITTED, Stage.BET, day(2));
        DigestHistories all = full.histories();
        DigestHistories window = new DigestHistories(FROM, UNTIL, ZoneOffset.UTC, 5, InteractionTable.EMPTY,
                all.initiatives(), all.firstCommitments(), all.dependencies(),
                all.stageChanges().stream().filter(c -> !c.at().isBefore(FROM)).toList(), all.evidence(),
                all.contractChanges(), all.signalsAtStart(), all.signalsAtEnd());

        assertThat(DigestRules.between(window)).isEqualTo(DigestRules.between(all));
    }

    @Test
    void aDeliveredOrSlippedDependencyIsShownAsItStoodAtTheEnd() {
        History history = new History();
        Dependency later = history.request(day(-20), date(40)).commit(LEAD, day(-19), date(20))
                .revise(LEAD, day(2), date(27), "Waits for the migration")
                .deliver(LEAD, UNTIL.plusSeconds(60));
        history.add(later);

        DependencyNews news = DigestRules.between(history.histories()).get(0).dependencies();

        assertThat(news.delivered()).as("delivered after the window").isEmpty();
        assertThat(news.slips()).singleElement().satisfies(slip -> {
            assertThat(slip.dependency().version()).as("cut at the window's end").isEqualTo(2);
            assertThat(slip.revision().from()).isEqualTo(date(20));
            assertThat(slip.revision().to()).isEqualTo(date(27));
            assertThat(slip.days()).isEqualTo(7);
        });
    }

    @Test
    void theHealthAtTheStartIsJudgedOnTheDayBeforeTheWindow() {
        // Needed by 31 May: on the last day before the window it was not yet overdue; on 8 June it is.
        History history = new History();
        history.add(history.request(day(-20), date(-1)).commit(LEAD, day(-19), date(-1)));

        DependencyNews news = DigestRules.between(history.histories()).get(0).dependencies();

        assertThat(news.newlyBlocked()).singleElement().satisfies(turn -> {
            assertThat(turn.before()).contains(io.throughline.core.graph.Health.ON_TRACK);
            assertThat(turn.status().reasons()).extracting(r -> r.code())
                    .containsExactly(io.throughline.core.graph.HealthReason.Code.OVERDUE);
        });
    }

    private static Arguments row(String name, Consumer<History> given, String expected) {
        return Arguments.of(name, given, expected);
    }

    /** The digest in one line: each section that has something, in a fixed order. */
    static String line(InitiativeDigest digest) {
        List<String> parts = new ArrayList<>();
        StageMoves stages = digest.stages();
        if (stages.created()) {
            parts.add("created");
        }
        if (!stages.moves().isEmpty()) {
            parts.add("moves=" + stages.moves().stream()
                    .map(c -> c.from().map(Enum::name).orElse("") + ">" + c.to()).toList());
        }
        if (stages.endedWhereStarted()) {
            parts.add("back");
        }
        if (!stages.commitments().isEmpty()) {
            parts.add("commitments=" + stages.commitments().size());
        }
        Map<EvidenceKind, Integer> kinds = new java.util.TreeMap<>(digest.evidence().byKind());
        kinds.values().removeIf(count -> count == 0);
        if (!kinds.isEmpty()) {
            parts.add("evidence=" + kinds.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}")));
        }
        if (!digest.evidence().decisions().isEmpty()) {
            parts.add("decisions=" + digest.evidence().decisions().size());
        }
        if (!digest.evidence().proposals().isEmpty()) {
            parts.add("proposals=" + digest.evidence().proposals().stream().map(EvidenceEntry::kind).toList());
        }
        if (!digest.contractChanges().isEmpty()) {
            parts.add("contract=" + digest.contractChanges().stream().map(DigestRulesTest::change).toList());
        }
        DependencyNews news = digest.dependencies();
        add(parts, "atRisk", news.newlyAtRisk().stream().map(DigestRulesTest::turn).toList());
        add(parts, "blocked", news.newlyBlocked().stream().map(DigestRulesTest::turn).toList());
        add(parts, "delivered", news.delivered().stream().map(m -> m.dependency().id().toString()).toList());
        add(parts, "slips", news.slips().stream().map(s -> s.dependency().id() + " +" + s.days()).toList());
        add(parts, "withdrawn", news.withdrawn().stream().map(m -> m.dependency().id().toString()).toList());
        if (!digest.signals().known()) {
            parts.add("signals=unknown");
        }
        add(parts, "raised", digest.signals().raised().stream().map(v -> v.signal().name()).toList());
        add(parts, "cleared", digest.signals().cleared().stream().map(v -> v.signal().name()).toList());
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, List<String> items) {
        if (!items.isEmpty()) {
            parts.add(name + "=" + items);
        }
    }

    private static String turn(DependencyNews.Turn turn) {
        return turn.status().dependency().id() + " from " + turn.before().map(Enum::name).orElse("none");
    }

    private static String change(Contract.Change change) {
        return change.change().field() + (change.acceptedBy().isPresent() ? " accepted" : " pending");
    }
}
