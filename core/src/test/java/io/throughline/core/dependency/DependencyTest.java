package io.throughline.core.dependency;

import static io.throughline.core.dependency.DependencyState.COMMITTED;
import static io.throughline.core.dependency.DependencyState.DECLINED;
import static io.throughline.core.dependency.DependencyState.DELIVERED;
import static io.throughline.core.dependency.DependencyState.REQUESTED;
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
        };
    }

    /** Asks the dependency to move through the operation that leads to {@code target}. */
    private static Dependency move(Dependency dependency, DependencyState target) {
        return switch (target) {
            case REQUESTED -> {
                // No operation leads back to REQUESTED; the guard is the whole contract here.
                dependency.requireCanMoveTo(REQUESTED);
                throw new AssertionError("moving back to REQUESTED must be refused");
            }
            case COMMITTED -> dependency.commit(MOVER, MOVED_AT, LocalDate.of(2026, 2, 27));
            case DECLINED -> dependency.decline(MOVER, MOVED_AT, "Out of scope for Platform");
            case DELIVERED -> dependency.deliver(MOVER, MOVED_AT);
        };
    }

    static Stream<Arguments> legalMoves() {
        return Stream.of(
                Arguments.of(REQUESTED, COMMITTED),
                Arguments.of(REQUESTED, DECLINED),
                Arguments.of(COMMITTED, DELIVERED));
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
    void tablesCoverEveryPairOfStatesExactlyOnce() {
        assertThat(legalMoves().count() + illegalMoves().count())
                .isEqualTo((long) DependencyState.values().length * DependencyState.values().length);
        for (DependencyState from : DependencyState.values()) {
            for (DependencyState to : DependencyState.values()) {
                boolean legal = legalMoves().anyMatch(args -> args.get()[0] == from && args.get()[1] == to);
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalMoves")
    void legalMoveRecordsWhoWhenAndWhatAndBumpsTheVersion(DependencyState from, DependencyState to) {
        Dependency before = in(from);

        Dependency after = move(before, to);

        assertThat(after.state()).isEqualTo(to);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.history().subList(0, before.version())).isEqualTo(before.history());
        DependencyChange change = after.lastChange().orElseThrow();
        assertThat(change.from()).isEqualTo(from);
        assertThat(change.to()).isEqualTo(to);
        assertThat(change.by()).isEqualTo(MOVER);
        assertThat(change.at()).isEqualTo(MOVED_AT);
        assertThat(change.committedDate())
                .isEqualTo(to == COMMITTED ? Optional.of(LocalDate.of(2026, 2, 27)) : Optional.empty());
        assertThat(change.reason())
                .isEqualTo(to == DECLINED ? Optional.of("Out of scope for Platform") : Optional.empty());
        assertThat(before.state()).as("the original is untouched").isEqualTo(from);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalMoves")
    void illegalMoveIsAConflictThatSaysWhatTheDependencyCanDoInstead(DependencyState from, DependencyState to) {
        Dependency dependency = in(from);
        Message expected = from.next().isEmpty()
                ? Message.of("throughline.dependency.transition.final", "42", from.name(), to.name())
                : Message.of("throughline.dependency.transition.illegal", "42", from.name(), to.name(),
                        allowedAfter(from));

        assertThatThrownBy(() -> dependency.requireCanMoveTo(to))
                .isInstanceOfSatisfying(ThroughlineException.Conflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo(expected));
        assertThatThrownBy(() -> move(dependency, to))
                .isInstanceOfSatisfying(ThroughlineException.Conflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo(expected));
    }

    private static String allowedAfter(DependencyState state) {
        return switch (state) {
            case REQUESTED -> "COMMITTED or DECLINED";
            case COMMITTED -> "DELIVERED";
            case DECLINED, DELIVERED -> throw new IllegalArgumentException(state + " is final");
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalStates")
    void finalStatesAllowNoFurtherMove(DependencyState state) {
        assertThat(state.next()).isEmpty();
        assertThat(state.isOpen()).isFalse();
    }

    static Stream<DependencyState> finalStates() {
        return Stream.of(DECLINED, DELIVERED);
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
        Optional<String> reason = to == DECLINED ? Optional.of("No") : Optional.empty();

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
