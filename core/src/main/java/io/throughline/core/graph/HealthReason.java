package io.throughline.core.graph;

import io.throughline.core.common.Message;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a dependency has the health it has; {@code days} is how far the rule was exceeded,
 * {@code via} the blocked provider initiative (absent when the viewer may not see it).
 */
public record HealthReason(Code code, long days, Optional<InitiativeKey> via) {

    /** The rules of DESIGN §1 that make a dependency blocked or at risk. */
    public enum Code {
        DECLINED(Health.BLOCKED),
        OVERDUE(Health.BLOCKED),
        PROVIDER_BLOCKED(Health.BLOCKED),
        UNACKNOWLEDGED(Health.AT_RISK),
        COMMITTED_AFTER_NEEDED_BY(Health.AT_RISK);

        private final Health health;

        Code(Health health) {
            this.health = health;
        }

        public Health health() {
            return health;
        }
    }

    public HealthReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(via, "via");
        if (via.isPresent() && code != Code.PROVIDER_BLOCKED) {
            throw new IllegalArgumentException("only a provider-blocked reason names the blocked provider");
        }
    }

    public static HealthReason of(Code code, long days) {
        return new HealthReason(code, days, Optional.empty());
    }

    public static HealthReason providerBlocked(InitiativeKey provider) {
        return new HealthReason(Code.PROVIDER_BLOCKED, 0, Optional.of(provider));
    }

    /** The same reason without the provider's key, for a viewer who may not see that initiative. */
    public HealthReason withoutVia() {
        return new HealthReason(code, days, Optional.empty());
    }

    /** The reason in words, for the dependency it belongs to. */
    public Message describe(Dependency dependency) {
        return switch (code) {
            case DECLINED -> Message.of("throughline.health.declined", dependency.providerTeam().name(),
                    dependency.declineReason().orElse(""));
            case OVERDUE -> Message.of("throughline.health.overdue", dependency.neededBy(), days);
            case PROVIDER_BLOCKED -> via
                    .map(key -> Message.of("throughline.health.provider-blocked", key.value()))
                    .orElseGet(() -> Message.of("throughline.health.provider-blocked.hidden"));
            case UNACKNOWLEDGED -> Message.of("throughline.health.unacknowledged", days,
                    dependency.providerTeam().name());
            case COMMITTED_AFTER_NEEDED_BY -> Message.of("throughline.health.committed-late",
                    dependency.committedDate().orElseThrow(), days);
        };
    }
}
