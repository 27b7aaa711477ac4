package io.throughline.core.dependency;

import static io.throughline.core.dependency.DependencyState.COMMITTED;
import static io.throughline.core.dependency.DependencyState.DECLINED;
import static io.throughline.core.dependency.DependencyState.DELIVERED;
import static io.throughline.core.dependency.DependencyState.REQUESTED;
import static io.throughline.core.dependency.DependencyState.WITHDRAWN;
import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.testing.DependencyBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DependencyTest {

    private static final long ID = 42;
    private static final Instant REQUESTED_AT = LocalDate.of(2026, 1, 5).atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final Instant ANSWERED_AT = REQUESTED_AT.plus(Duration.ofHours(30));
    private static final Instant DELIVERED_AT = REQUESTED_AT.plus(Duration.ofDays(20));
    private static final Instant MOVED_AT = REQUESTED_AT.plus(Duration.ofDays(30));
    private static final LocalDate COMMITTED_DATE = LocalDate.of(2026, 2, 20);
    private static final UserRef LEAD = UserRef.of("lead.identity");
    private static final UserRef MOVER = UserRef.of("lead.platform");

    private static DependencyBuilder aDependency() {
        return dependency(ID).requestedAt(REQUESTED_AT);
    }

    /** A dependency that has reached {@code state} by the shortest legal path. */
    private static Dependency in(DependencyState state) {
        Dependency requested = aDependency().requested();
        return switch (state) {
            case REQUESTED -> requested;
            case COMMITTED -> requested.commit(LEAD, ANSWERED_AT, COMMITTED_DATE);
            case DECLINED -> requested.decline(LEAD, ANSWERED_AT, "No capacity this quarter");
            case DELIVERED -> requested.commit(LEAD, ANSWERED_AT, COMMITTED_DATE).deliver(LEAD, DELIVERED_AT);
            case WITHDRAWN -> requested.withdraw(LEAD, ANSWERED_AT, "Re-planned without it");
        };
    }

    private static final LocalDate REVISED_DATE = LocalDate.of(2026, 2, 27);
    private static final LocalDate REOPENED_NEED = LocalDate.of(2026, 3, 15);

    /** Takes {@code action} on the dependency, with what that action needs. */
    private static Dependency act(Dependency dependency, DependencyAction action) {
        return switch (action) {
            case COMMIT -> dependency.commit(MOVER, MOVED_AT, REVISED_DATE);
            case DECLINE -> dependency.decline(MOVER, MOVED_AT, "Out of scope for Platform");
            case DELIVER -> dependency.deliver(MOVER, MOVED_AT);
            case REVISE -> dependency.revise(MOVER, MOVED_AT, REVISED_DATE, "Vendor slipped");
            case WITHDRAW -> dependency.withdraw(MOVER, MOVED_AT, "Not needed any more");
            case REOPEN -> dependency.reopen(MOVER, MOVED_AT, Optional.of(REOPENED_NEED), Optional.of("Half of it"));
        };
    }

    /** The negotiation as a table: every state × every action, with the state it leads to or {@code null} if refused. */
    static Stream<Arguments> negotiation() {
        DependencyState no = null;
        return Stream.of(
                row(REQUESTED, COMMITTED, DECLINED, no, no, WITHDRAWN, no),
                row(COMMITTED, no, no, DELIVERED, COMMITTED, WITHDRAWN, no),
                row(DECLINED, no, no, no, no, WITHDRAWN, REQUESTED),
                row(DELIVERED, no, no, no, no, no, no),
                row(WITHDRAWN, no, no, no, no, no, no))
                .flatMap(List::stream);
    }

    /** One state's row, in the column order COMMIT, DECLINE, DELIVER, REVISE, WITHDRAW, REOPEN. */
    private static List<Arguments> row(DependencyState from, DependencyState... leadsTo) {
        DependencyAction[] columns = {DependencyAction.COMMIT, DependencyAction.DECLINE, DependencyAction.DELIVER,
            DependencyAction.REVISE, DependencyAction.WITHDRAW, DependencyAction.REOPEN};
        List<Arguments> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            cells.add(Arguments.of(from, columns[i], leadsTo[i]));
        }
        return cells;
    }

    @Test
    void tableCoversEveryStateAndEveryActionExactlyOnce() {
        assertThat(negotiation().map(args -> List.of(args.get()[0], args.get()[1])).distinct().count())
                .isEqualTo((long) DependencyState.values().length * DependencyAction.values().length);
        assertThat(negotiation().count())
                .isEqualTo((long) DependencyState.values().length * DependencyAction.values().length);
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("negotiation")
    void everyStateAndActionIsAllowedOrRefusedAsTheTableSays(DependencyState from, DependencyAction action,
                                                              DependencyState leadsTo) {
        Dependency before = in(from);
        if (leadsTo == null) {
            Message expected = DependencyAction.from(from).isEmpty()
                    ? Message.of("throughline.dependency.transition.final", "42", from.name(), action.name())
                    : Message.of("throughline.dependency.transition.illegal", "42", from.name(), action.name(),
                            possibleAfter(from));
            assertThat(action.allowedFrom(from)).isFalse();
            assertThatThrownBy(() -> act(before, action))
                    .isInstanceOfSatisfying(ThroughlineException.Conflict.class,
                            conflict -> assertThat(conflict.problem()).isEqualTo(expected));
            assertThatThrownBy(() -> before.requireCan(action)).isInstanceOf(ThroughlineException.Conflict.class);
            return;
        }
        Dependency after = act(before, action);

        assertThat(after.state()).isEqualTo(leadsTo);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.history().subList(0, before.version())).as("history is kept").isEqualTo(before.history());
        DependencyChange change = after.lastChange().orElseThrow();
        assertThat(change.action()).isEqualTo(action);
        assertThat(change.from()).isEqualTo(from);
        assertThat(change.to()).isEqualTo(leadsTo);
        assertThat(change.by()).isEqualTo(MOVER);
        assertThat(change.at()).isEqualTo(MOVED_AT);
        assertThat(change.committedDate().isPresent()).isEqualTo(leadsTo == COMMITTED);
        assertThat(change.reason().isPresent()).isEqualTo(action.takesReason());
        assertThat(before.state()).as("the original is untouched").isEqualTo(from);
        assertThat(from.canMoveTo(leadsTo)).isTrue();
    }

    /** What the refusal says is possible instead, written out for each state that is not final. */
    private static String possibleAfter(DependencyState state) {
        return switch (state) {
            case REQUESTED -> "COMMIT or DECLINE or WITHDRAW";
            case COMMITTED -> "DELIVER or REVISE or WITHDRAW";
            case DECLINED -> "WITHDRAW or REOPEN";
            case DELIVERED, WITHDRAWN -> throw new IllegalArgumentException(state + " is final");
        };
    }

    static Stream<Arguments> legalMoves() {
        return negotiation().filter(args -> args.get()[2] != null)
                .map(args -> Arguments.of(args.get()[0], args.get()[2]));
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> illegal = new ArrayList<>();
        for (DependencyState from : DependencyState.values()) {
            for (DependencyState to : DependencyState.values()) {
                boolean legal = legalMoves().anyMatch(args -> args.get()[0] == from && args.get()[1] == to);
                if (!legal) {
                    illegal.add(Arguments.of(from, to));
                }
            }
        }
        return illegal.stream();
    }

    @Test
    void stateMovesFollowTheActionTable() {
        for (DependencyState from : DependencyState.values()) {
            for (DependencyState to : DependencyState.values()) {
                boolean legal = legalMoves().anyMatch(args -> args.get()[0] == from && args.get()[1] == to);
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalStates")
    void finalStatesAllowNoFurtherMove(DependencyState state) {
        assertThat(state.next()).isEmpty();
        assertThat(state.isOpen()).isFalse();
    }

    static Stream<DependencyState> finalStates() {
        return Stream.of(DELIVERED, WITHDRAWN);
    }

    @Test
    void revisionsAreRecordedAndSlipIsLatestMinusFirstCommittedDate() {
        Dependency committed = in(COMMITTED);
        assertThat(committed.slipDays()).contains(0L);
        assertThat(committed.revisions()).isEmpty();
        assertThat(in(REQUESTED).slipDays()).isEmpty();

        Dependency revised = committed.revise(MOVER, MOVED_AT, COMMITTED_DATE.plusDays(10), "Vendor slipped")
                .revise(LEAD, MOVED_AT.plusSeconds(60), COMMITTED_DATE.plusDays(4), "Pulled in again");

        assertThat(revised.committedDate()).contains(COMMITTED_DATE.plusDays(4));
        assertThat(revised.firstCommittedDate()).contains(COMMITTED_DATE);
        assertThat(revised.slipDays()).contains(4L);
        assertThat(revised.revisions()).containsExactly(
                new Dependency.Revision(MOVED_AT, MOVER, COMMITTED_DATE, COMMITTED_DATE.plusDays(10), "Vendor slipped"),
                new Dependency.Revision(MOVED_AT.plusSeconds(60), LEAD, COMMITTED_DATE.plusDays(10),
                        COMMITTED_DATE.plusDays(4), "Pulled in again"));
        assertThat(revised.acknowledgedAt()).contains(ANSWERED_AT);
    }

    @Test
    void reopeningStartsANewRoundWithNewTermsAndKeepsTheDeclineOnRecord() {
        Dependency declined = in(DECLINED);

        Dependency reopened = declined.reopen(MOVER, MOVED_AT, Optional.of(REOPENED_NEED), Optional.of("Half of it"));

        assertThat(reopened.state()).isEqualTo(REQUESTED);
        assertThat(reopened.round()).isEqualTo(2);
        assertThat(reopened.roundStartedAt()).isEqualTo(MOVED_AT);
        assertThat(reopened.neededBy()).isEqualTo(REOPENED_NEED);
        assertThat(reopened.description()).isEqualTo("Half of it");
        assertThat(reopened.request().description()).as("the first ask is kept").isEqualTo(declined.description());
        assertThat(reopened.declineReason()).contains("No capacity this quarter");
        assertThat(reopened.acknowledgedAt()).contains(ANSWERED_AT);

        Dependency sameTerms = declined.reopen(MOVER, MOVED_AT, Optional.empty(), Optional.empty());
        assertThat(sameTerms.neededBy()).isEqualTo(declined.neededBy());
        assertThat(sameTerms.description()).isEqualTo(declined.description());
    }

    @Test
    void withdrawingIsNoAcknowledgementAndKeepsItsReason() {
        Dependency withdrawn = in(WITHDRAWN);

        assertThat(withdrawn.acknowledgedAt()).isEmpty();
        assertThat(withdrawn.withdrawReason()).contains("Re-planned without it");
        assertThat(withdrawn.state().isWithdrawn()).isTrue();
    }

    @Test
    void requestedAndCommittedAreOpen() {
        assertThat(REQUESTED.isOpen()).isTrue();
        assertThat(COMMITTED.isOpen()).isTrue();
    }

    @Test
    void newRequestHasNoHistoryAndNothingDerived() {
        Dependency requested = in(REQUESTED);

        assertThat(requested.state()).isEqualTo(REQUESTED);
        assertThat(requested.version()).isZero();
        assertThat(requested.lastChange()).isEmpty();
        assertThat(requested.committedDate()).isEmpty();
        assertThat(requested.declineReason()).isEmpty();
        assertThat(requested.acknowledgedAt()).isEmpty();
        assertThat(requested.deliveredAt()).isEmpty();
    }

    @Test
    void deliveredDependencyKeepsItsCommitmentAndKnowsWhenItWasAnsweredAndDelivered() {
        Dependency delivered = in(DELIVERED);

        assertThat(delivered.version()).isEqualTo(2);
        assertThat(delivered.committedDate()).contains(COMMITTED_DATE);
        assertThat(delivered.acknowledgedAt()).contains(ANSWERED_AT);
        assertThat(delivered.deliveredAt()).contains(DELIVERED_AT);
        assertThat(delivered.declineReason()).isEmpty();
    }

    @Test
    void declinedDependencyKnowsItsTrimmedReasonAndWhenItWasAnswered() {
        Dependency declined = in(REQUESTED).decline(LEAD, ANSWERED_AT, "  No capacity this quarter ");

        assertThat(declined.declineReason()).contains("No capacity this quarter");
        assertThat(declined.acknowledgedAt()).contains(ANSWERED_AT);
        assertThat(declined.committedDate()).isEmpty();
        assertThat(declined.deliveredAt()).isEmpty();
    }

    @Test
    void historyRebuiltFromItsChangesEqualsTheOneBuiltByMoves() {
        Dependency delivered = in(DELIVERED);

        Dependency rebuilt = new Dependency(new DependencyId(ID), delivered.request(), delivered.history());

        assertThat(rebuilt).isEqualTo(delivered);
    }

    @Test
    void historyThatSkipsTheCommitmentIsRejected() {
        List<DependencyChange> skipping = List.of(DependencyChange.deliver(LEAD, ANSWERED_AT));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dependency(new DependencyId(ID), aDependency().request(), skipping))
                .withMessageContaining("jumps");
    }

    @Test
    void historyThatCommitsTwiceIsRejected() {
        List<DependencyChange> twice = List.of(
                DependencyChange.commit(LEAD, ANSWERED_AT, COMMITTED_DATE),
                DependencyChange.commit(LEAD, DELIVERED_AT, COMMITTED_DATE));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dependency(new DependencyId(ID), aDependency().request(), twice))
                .withMessageContaining("jumps");
    }

    @Test
    void historyThatGoesBackInTimeIsRejected() {
        List<DependencyChange> backwards = List.of(
                DependencyChange.commit(LEAD, DELIVERED_AT, COMMITTED_DATE),
                DependencyChange.deliver(LEAD, DELIVERED_AT.minusSeconds(1)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dependency(new DependencyId(ID), aDependency().request(), backwards))
                .withMessageContaining("back in time");
    }

    @Test
    void historyThatPrecedesTheRequestIsRejected() {
        List<DependencyChange> early = List.of(DependencyChange.commit(LEAD, REQUESTED_AT.minusSeconds(1), COMMITTED_DATE));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dependency(new DependencyId(ID), aDependency().request(), early))
                .withMessageContaining("back in time");
    }

    @Test
    void changesAtTheSameInstantAsTheRequestAndEachOtherAreAccepted() {
        Dependency sameInstant = in(REQUESTED).commit(LEAD, REQUESTED_AT, COMMITTED_DATE).deliver(LEAD, REQUESTED_AT);

        assertThat(sameInstant.state()).isEqualTo(DELIVERED);
        assertThat(sameInstant.acknowledgedAt()).contains(REQUESTED_AT);
        assertThat(sameInstant.deliveredAt()).contains(REQUESTED_AT);
    }

    @Test
    void movingBeforeTheLastChangeIsRejected() {
        Dependency committed = in(COMMITTED);

        assertThatIllegalArgumentException().isThrownBy(() -> committed.deliver(LEAD, ANSWERED_AT.minusSeconds(1)));
    }

    @Test
    void historyIsACopyThatCannotBeChangedFromOutside() {
        List<DependencyChange> changes = new ArrayList<>(List.of(DependencyChange.commit(LEAD, ANSWERED_AT, COMMITTED_DATE)));
        Dependency dependency = new Dependency(new DependencyId(ID), aDependency().request(), changes);

        changes.add(DependencyChange.deliver(LEAD, DELIVERED_AT));

        assertThat(dependency.state()).isEqualTo(COMMITTED);
        assertThatThrownBy(() -> dependency.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalMoves")
    void changeRecordRefusesAnIllegalMove(DependencyState from, DependencyState to) {
        Optional<LocalDate> date = to == COMMITTED ? Optional.of(COMMITTED_DATE) : Optional.empty();
        Optional<String> reason = to == DECLINED || to == WITHDRAWN ? Optional.of("No") : Optional.empty();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DependencyChange(from, to, LEAD, ANSWERED_AT, date, reason));
    }

    @Test
    void onlyACommitmentCarriesADateAndOnlyADeclineCarriesAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DependencyChange(
                REQUESTED, COMMITTED, LEAD, ANSWERED_AT, Optional.empty(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DependencyChange(
                REQUESTED, DECLINED, LEAD, ANSWERED_AT, Optional.empty(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DependencyChange(
                COMMITTED, DELIVERED, LEAD, ANSWERED_AT, Optional.of(COMMITTED_DATE), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DependencyChange(
                COMMITTED, DELIVERED, LEAD, ANSWERED_AT, Optional.empty(), Optional.of("Done")));
    }

    @Test
    void blankDeclineReasonIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> in(REQUESTED).decline(LEAD, ANSWERED_AT, "   "));
    }

    @Test
    void newDependencyOnTheConsumersOwnIssueIsRejected() {
        DependencyBuilder selfDependent = dependency(1).from("GROW-7").onIssue("grow-7");

        assertThatIllegalArgumentException()
                .isThrownBy(selfDependent::request)
                .withMessageContaining("cannot depend on itself")
                .withMessageContaining("GROW-7");
    }

    @Test
    void newDependencyOnAnotherInitiativeOrNoIssueIsAccepted() {
        assertThat(dependency(1).from("GROW-7").onIssue("GROW-8").request().providerIssue())
                .map(Object::toString).contains("GROW-8");
        assertThat(dependency(1).from("GROW-7").request().providerIssue()).isEmpty();
    }
}
