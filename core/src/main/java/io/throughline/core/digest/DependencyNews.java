package io.throughline.core.digest;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What happened over a digest's window to the dependencies of one consumer initiative: those whose health
 * at the end is worse than at the start (newly at risk, newly blocked), and those delivered, slipped
 * (their committed date revised later) or withdrawn in the window. Each shows the dependency as it stood
 * at the window's end.
 */
public record DependencyNews(List<Turn> newlyAtRisk, List<Turn> newlyBlocked, List<Moved> delivered, List<Slip> slips,
                             List<Moved> withdrawn) {

    public static final DependencyNews NONE = new DependencyNews(List.of(), List.of(), List.of(), List.of(), List.of());

    public DependencyNews {
        newlyAtRisk = List.copyOf(newlyAtRisk);
        newlyBlocked = List.copyOf(newlyBlocked);
        delivered = List.copyOf(delivered);
        slips = List.copyOf(slips);
        withdrawn = List.copyOf(withdrawn);
    }

    /** A dependency whose health got worse: judged at the end, and its health at the start (empty: not yet requested). */
    public record Turn(DependencyStatus status, Optional<Health> before) {
        public Turn {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(before, "before");
        }
    }

    /** A dependency with the change of the window that delivered or withdrew it. */
    public record Moved(Dependency dependency, DependencyChange change) {
        public Moved {
            Objects.requireNonNull(dependency, "dependency");
            Objects.requireNonNull(change, "change");
        }
    }

    /** A revision of the window that moved the committed date later. */
    public record Slip(Dependency dependency, Dependency.Revision revision) {
        public Slip {
            Objects.requireNonNull(dependency, "dependency");
            Objects.requireNonNull(revision, "revision");
            if (!revision.to().isAfter(revision.from())) {
                throw new IllegalArgumentException("a slip moves the committed date later: " + revision);
            }
        }

        /** How many days later the new committed date is. */
        public long days() {
            return ChronoUnit.DAYS.between(revision.from(), revision.to());
        }
    }

    public boolean isEmpty() {
        return newlyAtRisk.isEmpty() && newlyBlocked.isEmpty() && delivered.isEmpty() && slips.isEmpty()
                && withdrawn.isEmpty();
    }

    /** Only the dependencies on one of {@code providers}. */
    public DependencyNews providedBy(Set<Team> providers) {
        return map(turn -> providers.contains(turn.status().providerTeam()) ? turn : null,
                dependency -> providers.contains(dependency.providerTeam()) ? dependency : null);
    }

    /** Without the provider issues (and the blocked providers named in reasons) the viewer may not see. */
    public DependencyNews redacted(Collection<InitiativeKey> viewable) {
        return map(turn -> new Turn(redact(turn.status(), viewable), turn.before()), dependency -> redact(dependency, viewable));
    }

    /** Each item mapped (null drops it): turns by {@code turns}, every other item by its dependency. */
    private DependencyNews map(Function<Turn, Turn> turns, Function<Dependency, Dependency> dependencies) {
        return new DependencyNews(mapped(newlyAtRisk, turns), mapped(newlyBlocked, turns),
                mapped(delivered, moved -> Optional.ofNullable(dependencies.apply(moved.dependency()))
                        .map(d -> new Moved(d, moved.change())).orElse(null)),
                mapped(slips, slip -> Optional.ofNullable(dependencies.apply(slip.dependency()))
                        .map(d -> new Slip(d, slip.revision())).orElse(null)),
                mapped(withdrawn, moved -> Optional.ofNullable(dependencies.apply(moved.dependency()))
                        .map(d -> new Moved(d, moved.change())).orElse(null)));
    }

    private static <T> List<T> mapped(List<T> items, Function<T, T> map) {
        return items.stream().map(map).filter(Objects::nonNull).toList();
    }

    private static Dependency redact(Dependency dependency, Collection<InitiativeKey> viewable) {
        if (dependency.providerIssue().map(viewable::contains).orElse(true)) {
            return dependency;
        }
        NewDependency request = dependency.request();
        return new Dependency(dependency.id(), new NewDependency(request.consumer(), request.providerTeam(),
                Optional.empty(), request.description(), request.neededBy(), request.requestedBy(),
                request.requestedAt()), dependency.history());
    }

    private static DependencyStatus redact(DependencyStatus status, Collection<InitiativeKey> viewable) {
        Dependency shown = redact(status.dependency(), viewable);
        List<HealthReason> reasons = status.reasons().stream()
                .map(reason -> reason.via().filter(key -> !viewable.contains(key)).isPresent() ? reason.withoutVia() : reason)
                .toList();
        if (shown == status.dependency() && reasons.equals(status.reasons())) {
            return status;
        }
        return new DependencyStatus(shown, status.consumerTeam(), status.health(), reasons, status.lateDiscovered(),
                status.latency(), status.interaction());
    }
}
