package io.throughline.core.dependency;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.testing.InMemoryDependencies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of answers, taken one after another by two people who read the dependency at the
 * same moment, leaves one consistent history: one of the two wins each round, refused actions
 * leave no trace, and everything derived from the history agrees with what was accepted.
 */
class NegotiationProperties {

    private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UserRef FIRST = UserRef.of("first");
    private static final UserRef SECOND = UserRef.of("second");

    /** One attempt: what each of two people tries at once, and the date offset it carries. */
    record Attempt(DependencyAction first, DependencyAction second, int days) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<DependencyAction> action = Arbitraries.of(DependencyAction.class);
        return Combinators.combine(action, action, Arbitraries.integers().between(1, 60))
                .as(Attempt::new).list().ofMaxSize(25);
    }

    @Property
    void anySequenceOfAnswersLeavesOneConsistentHistory(@ForAll("attempts") List<Attempt> attempts) {
        InMemoryDependencies store = new InMemoryDependencies();
        DependencyId id = store.create(dependency(1).requestedAt(ASKED).neededBy(TODAY.plusDays(30)).request()).id();
        List<DependencyAction> accepted = new ArrayList<>();
        Instant at = ASKED;
        for (Attempt attempt : attempts) {
            at = at.plus(1, ChronoUnit.HOURS);
            Dependency read = store.find(id).orElseThrow();
            Optional<Dependency> firstTry = tryAct(read, attempt.first(), FIRST, at, attempt.days());
            Optional<Dependency> secondTry = tryAct(read, attempt.second(), SECOND, at, attempt.days() + 1);
            firstTry.ifPresent(store::recordTransition);
            firstTry.ifPresent(after -> accepted.add(attempt.first()));
            if (secondTry.isPresent()) {
                if (firstTry.isPresent()) {
                    // Both read the same version: the one who came second loses.
                    assertThatThrownBy(() -> store.recordTransition(secondTry.get()))
                            .isInstanceOf(ThroughlineException.Conflict.class);
                } else {
                    store.recordTransition(secondTry.get());
                    accepted.add(attempt.second());
                }
            }
        }
        Dependency result = store.find(id).orElseThrow();

        assertThat(new Dependency(result.id(), result.request(), result.history())).isEqualTo(result);
        assertThat(result.history()).extracting(DependencyChange::action).containsExactlyElementsOf(accepted);
        assertThat(result.version()).isEqualTo(accepted.size());
        DependencyState state = DependencyState.REQUESTED;
        for (DependencyChange change : result.history()) {
            assertThat(change.from()).isEqualTo(state);
            assertThat(change.action().allowedFrom(state)).isTrue();
            state = change.to();
        }
        assertThat(result.state()).isEqualTo(state);
        long revisions = accepted.stream().filter(DependencyAction.REVISE::equals).count();
        assertThat(result.revisions()).hasSize((int) revisions);
        assertThat(result.round()).isEqualTo(1 + (int) accepted.stream().filter(DependencyAction.REOPEN::equals).count());
        assertThat(result.slipDays()).isEqualTo(result.firstCommittedDate()
                .map(first -> ChronoUnit.DAYS.between(first, result.committedDate().orElseThrow())));
        if (!accepted.contains(DependencyAction.COMMIT)) {
            assertThat(result.slipDays()).isEmpty();
        } else if (revisions == 0) {
            assertThat(result.slipDays()).contains(0L);
        }
        int finalAt = indexOfFinal(accepted);
        assertThat(finalAt).as("nothing follows a final change").isIn(-1, accepted.size() - 1);
        assertThat(result.acknowledgedAt()).isEqualTo(result.history().stream()
                .filter(c -> c.action() == DependencyAction.COMMIT || c.action() == DependencyAction.DECLINE)
                .map(DependencyChange::at).findFirst());
        assertThat(result.roundStartedAt()).isAfterOrEqualTo(result.requestedAt());
    }

    private static int indexOfFinal(List<DependencyAction> accepted) {
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i) == DependencyAction.DELIVER || accepted.get(i) == DependencyAction.WITHDRAW) {
                return i;
            }
        }
        return -1;
    }

    /** The action on what was read, or empty where the state refuses it (which must change nothing). */
    private static Optional<Dependency> tryAct(Dependency read, DependencyAction action, UserRef by, Instant at,
                                               int days) {
        try {
            Dependency after = switch (action) {
                case COMMIT -> read.commit(by, at, TODAY.plusDays(days));
                case DECLINE -> read.decline(by, at, "No capacity");
                case DELIVER -> read.deliver(by, at);
                case REVISE -> read.revise(by, at, TODAY.plusDays(days), "Moved");
                case WITHDRAW -> read.withdraw(by, at, "Not needed");
                case REOPEN -> read.reopen(by, at, Optional.of(TODAY.plusDays(days)), Optional.empty());
            };
            assertThat(action.allowedFrom(read.state())).isTrue();
            return Optional.of(after);
        } catch (ThroughlineException.Conflict refused) {
            assertThat(action.allowedFrom(read.state())).isFalse();
            return Optional.empty();
        }
    }
}
