package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Builds dependencies for tests, in any state, with times relative to the request. */
public final class DependencyBuilder {

    private long id = 1;
    private InitiativeKey consumer = InitiativeKey.parse("GROW-1");
    private Team provider = Team.of("Identity");
    private Optional<InitiativeKey> providerIssue = Optional.empty();
    private String description = "Auth constraint: SSO users skip the password step";
    private LocalDate neededBy = LocalDate.of(2026, 3, 1);
    private Instant requestedAt = LocalDate.of(2026, 1, 5).atTime(9, 0).toInstant(ZoneOffset.UTC);

    public static DependencyBuilder dependency(long id) {
        DependencyBuilder builder = new DependencyBuilder();
        builder.id = id;
        return builder;
    }

    public DependencyBuilder from(String consumerKey) {
        consumer = InitiativeKey.parse(consumerKey);
        return this;
    }

    public DependencyBuilder on(String team) {
        provider = Team.of(team);
        return this;
    }

    public DependencyBuilder onIssue(String key) {
        providerIssue = Optional.of(InitiativeKey.parse(key));
        return this;
    }

    public DependencyBuilder describedAs(String text) {
        description = text;
        return this;
    }

    public DependencyBuilder neededBy(LocalDate date) {
        neededBy = date;
        return this;
    }

    public DependencyBuilder requestedOn(LocalDate date) {
        requestedAt = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
        return this;
    }

    public DependencyBuilder requestedAt(Instant at) {
        requestedAt = at;
        return this;
    }

    public NewDependency request() {
        return new NewDependency(consumer, provider, providerIssue, description, neededBy,
                UserRef.of("pm.growth"), requestedAt);
    }

    public Dependency requested() {
        return Dependency.requested(new DependencyId(id), request());
    }

    public Dependency committed(LocalDate committedDate) {
        return requested().commit(UserRef.of("lead." + provider.name().toLowerCase()),
                requestedAt.plus(Duration.ofDays(1)), committedDate);
    }

    public Dependency declined(String reason) {
        return requested().decline(UserRef.of("lead." + provider.name().toLowerCase()),
                requestedAt.plus(Duration.ofDays(1)), reason);
    }

    public Dependency delivered() {
        return committed(neededBy).deliver(UserRef.of("lead." + provider.name().toLowerCase()),
                requestedAt.plus(Duration.ofDays(2)));
    }

    /** Withdrawn by the consumer a day after it was asked, from {@code state} reached as above. */
    public Dependency withdrawn(io.throughline.core.dependency.DependencyState from) {
        Dependency before = switch (from) {
            case REQUESTED -> requested();
            case COMMITTED -> committed(neededBy);
            case DECLINED -> declined("No capacity");
            case DELIVERED, WITHDRAWN -> throw new IllegalArgumentException(from + " cannot be withdrawn");
        };
        return before.withdraw(UserRef.of("pm." + consumer.value().toLowerCase()),
                requestedAt.plus(Duration.ofDays(3)), "Re-planned without it");
    }
}
