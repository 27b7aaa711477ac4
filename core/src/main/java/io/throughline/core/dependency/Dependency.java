package io.throughline.core.dependency;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
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

    public String description() {
        return request.description();
    }

    public LocalDate neededBy() {
        return request.neededBy();
    }

    public Instant requestedAt() {
        return request.requestedAt();
    }

    public Optional<LocalDate> committedDate() {
        return change(DependencyState.COMMITTED).flatMap(DependencyChange::committedDate);
    }

    public Optional<String> declineReason() {
        return change(DependencyState.DECLINED).flatMap(DependencyChange::reason);
    }

    /** When the provider first answered (committed or declined). */
    public Optional<Instant> acknowledgedAt() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0).at());
    }

    public Optional<Instant> deliveredAt() {
        return change(DependencyState.DELIVERED).map(DependencyChange::at);
    }

    public Optional<DependencyChange> lastChange() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    public Dependency commit(UserRef by, Instant at, LocalDate committedDate) {
        return then(DependencyChange.commit(by, at, committedDate), DependencyState.COMMITTED);
    }

    public Dependency decline(UserRef by, Instant at, String reason) {
        return then(DependencyChange.decline(by, at, reason), DependencyState.DECLINED);
    }

    public Dependency deliver(UserRef by, Instant at) {
        return then(DependencyChange.deliver(by, at), DependencyState.DELIVERED);
    }

    /** Refuses an illegal move with a reason that says what the dependency can do instead. */
    public void requireCanMoveTo(DependencyState target) {
        DependencyState current = state();
        if (current.canMoveTo(target)) {
            return;
        }
        String allowed = current.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
        throw new ThroughlineException.Conflict(allowed.isEmpty()
                ? Message.of("throughline.dependency.transition.final", id.toString(), current.name(), target.name())
                : Message.of("throughline.dependency.transition.illegal", id.toString(), current.name(),
                        target.name(), allowed));
    }

    private Optional<DependencyChange> change(DependencyState to) {
        for (DependencyChange change : history) {
            if (change.to() == to) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    private Dependency then(DependencyChange change, DependencyState target) {
        requireCanMoveTo(target);
        List<DependencyChange> next = new ArrayList<>(history);
        next.add(change);
        return new Dependency(id, request, next);
    }
}
