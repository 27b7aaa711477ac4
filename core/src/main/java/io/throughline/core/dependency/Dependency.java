package io.throughline.core.dependency;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dependency with its full history. The state is the end of the history, so the two cannot
 * disagree; the version is the number of changes, which is what concurrent writers compare.
 */
public record Dependency(DependencyId id, NewDependency request, List<DependencyChange> history) {

    public Dependency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        history = List.copyOf(history);
        DependencyState state = DependencyState.REQUESTED;
        Instant last = request.requestedAt();
        for (DependencyChange change : history) {
            if (change.from() != state) {
                throw new IllegalArgumentException("dependency " + id + " history jumps from " + state
                        + " to a change starting at " + change.from());
            }
            if (change.at().isBefore(last)) {
                throw new IllegalArgumentException("dependency " + id + " history goes back in time at " + change.at());
            }
            state = change.to();
            last = change.at();
        }
    }

    public static Dependency requested(DependencyId id, NewDependency request) {
        return new Dependency(id, request, List.of());
    }

    /**
     * The dependency as it stood at {@code end}: the changes made up to then; empty when it had not
     * been requested yet.
     */
    public java.util.Optional<Dependency> asOf(Instant end) {
        if (request.requestedAt().isAfter(end)) {
            return java.util.Optional.empty();
        }
        List<DependencyChange> then = history.stream().takeWhile(change -> !change.at().isAfter(end)).toList();
        return java.util.Optional.of(then.size() == history.size() ? this : new Dependency(id, request, then));
    }

    public DependencyState state() {
        return history.isEmpty() ? DependencyState.REQUESTED : history.get(history.size() - 1).to();
    }

    /** How many changes the dependency has seen; a writer must hold the current version to change it. */
    public int version() {
        return history.size();
    }

    public InitiativeKey consumer() {
        return request.consumer();
    }

    public Team providerTeam() {
        return request.providerTeam();
    }

    public Optional<InitiativeKey> providerIssue() {
        return request.providerIssue();
    }

    /** What is asked now: the request's description, or the one its latest reopening gave. */
    public String description() {
        String text = request.description();
        for (DependencyChange change : history) {
            text = change.description().orElse(text);
        }
        return text;
    }

    /** When it is needed now: the request's date, or the one its latest reopening gave. */
    public LocalDate neededBy() {
        LocalDate date = request.neededBy();
        for (DependencyChange change : history) {
            date = change.neededBy().orElse(date);
        }
        return date;
    }

    public Instant requestedAt() {
        return request.requestedAt();
    }

    /** When the current round began: the request, or its latest reopening. */
    public Instant roundStartedAt() {
        Instant start = request.requestedAt();
        for (DependencyChange change : history) {
            if (change.action() == DependencyAction.REOPEN) {
                start = change.at();
            }
        }
        return start;
    }

    /** 1 for the first request, one more for each reopening. */
    public int round() {
        return 1 + (int) history.stream().filter(change -> change.action() == DependencyAction.REOPEN).count();
    }

    /** The committed date in force: the latest commitment or revision. */
    public Optional<LocalDate> committedDate() {
        Optional<LocalDate> date = Optional.empty();
        for (DependencyChange change : history) {
            if (change.committedDate().isPresent()) {
                date = change.committedDate();
            }
        }
        return date;
    }

    /** The date first committed to, before any revision. */
    public Optional<LocalDate> firstCommittedDate() {
        return history.stream().flatMap(change -> change.committedDate().stream()).findFirst();
    }

    /** Latest committed date − first committed date, in days (0 when never revised); empty when never committed. */
    public Optional<Long> slipDays() {
        return firstCommittedDate().map(first -> ChronoUnit.DAYS.between(first, committedDate().orElseThrow()));
    }

    /** Every revision of the committed date, oldest first. */
    public List<Revision> revisions() {
        List<Revision> revisions = new ArrayList<>();
        LocalDate before = null;
        for (DependencyChange change : history) {
            if (change.action() == DependencyAction.REVISE) {
                revisions.add(new Revision(change.at(), change.by(), before, change.committedDate().orElseThrow(),
                        change.reason().orElseThrow()));
            }
            before = change.committedDate().orElse(before);
        }
        return revisions;
    }

    /** The latest decline's reason; it stays on record when the request is reopened. */
    public Optional<String> declineReason() {
        return last(DependencyAction.DECLINE).flatMap(DependencyChange::reason);
    }

    public Optional<String> withdrawReason() {
        return last(DependencyAction.WITHDRAW).flatMap(DependencyChange::reason);
    }

    /** When the provider first answered (committed or declined). */
    public Optional<Instant> acknowledgedAt() {
        return history.stream()
                .filter(change -> change.action() == DependencyAction.COMMIT || change.action() == DependencyAction.DECLINE)
                .map(DependencyChange::at)
                .findFirst();
    }

    public Optional<Instant> deliveredAt() {
        return last(DependencyAction.DELIVER).map(DependencyChange::at);
    }

    public Optional<DependencyChange> lastChange() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    public Dependency commit(UserRef by, Instant at, LocalDate committedDate) {
        requireCan(DependencyAction.COMMIT);
        return then(DependencyChange.commit(by, at, committedDate));
    }

    public Dependency decline(UserRef by, Instant at, String reason) {
        requireCan(DependencyAction.DECLINE);
        return then(DependencyChange.decline(by, at, reason));
    }

    public Dependency deliver(UserRef by, Instant at) {
        requireCan(DependencyAction.DELIVER);
        return then(DependencyChange.deliver(by, at));
    }

    public Dependency revise(UserRef by, Instant at, LocalDate committedDate, String reason) {
        requireCan(DependencyAction.REVISE);
        return then(DependencyChange.revise(by, at, committedDate, reason));
    }

    public Dependency withdraw(UserRef by, Instant at, String reason) {
        requireCan(DependencyAction.WITHDRAW);
        return then(DependencyChange.withdraw(state(), by, at, reason));
    }

    public Dependency reopen(UserRef by, Instant at, Optional<LocalDate> neededBy, Optional<String> description) {
        requireCan(DependencyAction.REOPEN);
        return then(DependencyChange.reopen(by, at, neededBy, description));
    }

    /** Refuses an action the state does not allow, with a reason that says what is possible instead. */
    public void requireCan(DependencyAction action) {
        DependencyState current = state();
        if (action.allowedFrom(current)) {
            return;
        }
        String allowed = DependencyAction.from(current).stream().map(Enum::name).collect(Collectors.joining(" or "));
        throw new ThroughlineException.Conflict(allowed.isEmpty()
                ? Message.of("throughline.dependency.transition.final", id.toString(), current.name(), action.name())
                : Message.of("throughline.dependency.transition.illegal", id.toString(), current.name(),
                        action.name(), allowed));
    }

    /** One move of the committed date: when, by whom, from which date to which, and why. */
    public record Revision(Instant at, UserRef by, LocalDate from, LocalDate to, String reason) {
        public Revision {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private Optional<DependencyChange> last(DependencyAction action) {
        Optional<DependencyChange> found = Optional.empty();
        for (DependencyChange change : history) {
            if (change.action() == action) {
                found = Optional.of(change);
            }
        }
        return found;
    }

    private Dependency then(DependencyChange change) {
        List<DependencyChange> next = new ArrayList<>(history);
        next.add(change);
        return new Dependency(id, request, next);
    }
}
