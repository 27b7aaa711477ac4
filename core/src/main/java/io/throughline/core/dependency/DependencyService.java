package io.throughline.core.dependency;

import io.throughline.core.Ports;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.time.LocalDate;

/**
 * Requesting a dependency (consumer side) and answering it (provider side). State changes are
 * compare-and-set in the store, so two people answering at once cannot both win.
 */
public final class DependencyService {

    public static final String COMMITTED_DATE = "committedDate";
    public static final String REASON = "reason";

    private final Ports ports;
    private final InitiativeAccess access;

    public DependencyService(Ports ports) {
        this.ports = ports;
        this.access = new InitiativeAccess(ports.initiatives(), ports.permissions());
    }

    public Dependency request(UserRef actor, InitiativeKey consumerKey, DependencyForm form) {
        Initiative consumer = access.toEdit(actor, consumerKey);
        if (consumer.stage().isClosed()) {
            throw new ThroughlineException.Conflict(
                    Message.of("throughline.dependency.consumer-closed", consumerKey.value(), consumer.stage().name()));
        }
        NewDependency request = form.validate(consumer, actor, ports.clock().now(), ports.clock().today(),
                ports.teams(), ports.permissions());
        return ports.dependencies().create(request);
    }

    /** The provider promises a date; a date after needed-by is allowed and shows as at risk. */
    public Dependency commit(UserRef actor, DependencyId id, String committedDate) {
        Dependency current = forProvider(actor, id);
        current.requireCanMoveTo(DependencyState.COMMITTED);
        FieldErrors errors = new FieldErrors();
        LocalDate date = null;
        if (committedDate == null || committedDate.isBlank()) {
            errors.add(COMMITTED_DATE, "throughline.input.required");
        } else {
            date = errors.date(COMMITTED_DATE, committedDate);
            if (date != null && date.isBefore(ports.clock().today())) {
                errors.add(COMMITTED_DATE, "throughline.dependency.committed-date.past", date);
            }
        }
        errors.throwIfAny();
        return store(current.commit(actor, ports.clock().now(), date));
    }

    public Dependency decline(UserRef actor, DependencyId id, String reason) {
        Dependency current = forProvider(actor, id);
        current.requireCanMoveTo(DependencyState.DECLINED);
        FieldErrors errors = new FieldErrors();
        String text = errors.requireLine(REASON, reason, DependencyChange.MAX_REASON);
        errors.throwIfAny();
        return store(current.decline(actor, ports.clock().now(), text));
    }

    public Dependency deliver(UserRef actor, DependencyId id) {
        Dependency current = forProvider(actor, id);
        return store(current.deliver(actor, ports.clock().now()));
    }

    /** A dependency the actor may see (through its consumer initiative). */
    public Dependency get(UserRef actor, DependencyId id) {
        Dependency dependency = ports.dependencies().find(id).orElseThrow(() -> notFound(id));
        if (!ports.permissions().canView(actor, dependency.consumer())) {
            throw notFound(id);
        }
        return dependency;
    }

    private Dependency forProvider(UserRef actor, DependencyId id) {
        Dependency dependency = get(actor, id);
        if (!ports.permissions().canActForTeam(actor, dependency.providerTeam())) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.not-provider",
                    dependency.providerTeam().name()));
        }
        return dependency;
    }

    private Dependency store(Dependency after) {
        ports.dependencies().recordTransition(after);
        return after;
    }

    private static ThroughlineException.NotFound notFound(DependencyId id) {
        return new ThroughlineException.NotFound(Message.of("throughline.error.dependency-not-found", id.toString()));
    }
}
