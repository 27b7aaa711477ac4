package io.throughline.core.dependency;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import java.time.LocalDate;

/**
 * Requesting a dependency (consumer side) and answering it (provider side). State changes are
 * compare-and-set in the store, so two people answering at once cannot both win.
 */
public final class DependencyService {

    public static final String COMMITTED_DATE = "committedDate";
    public static final String REASON = "reason";

    private final DependencyRepository dependencies;
    private final InitiativeAccess access;
    private final PermissionCheck permissions;
    private final TeamDirectory teams;
    private final Clock clock;
    private final Transactions transactions;

    public DependencyService(DependencyRepository dependencies, InitiativeAccess access, PermissionCheck permissions,
            TeamDirectory teams, Clock clock, Transactions transactions) {
        this.dependencies = dependencies;
        this.access = access;
        this.permissions = permissions;
        this.teams = teams;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Dependency request(UserRef actor, InitiativeKey consumerKey, DependencyForm form) {
        return transactions.inOne(() -> {
            Initiative consumer = access.toEdit(actor, consumerKey);
            if (consumer.stage().isClosed()) {
                throw new ThroughlineException.Conflict(Message.of("throughline.dependency.consumer-closed",
                        consumerKey.value(), consumer.stage().name()));
            }
            NewDependency request = form.validate(consumer, actor, clock.now(), clock.today(), teams, permissions);
            return dependencies.create(request);
        });
    }

    /** The provider promises a date; a date after needed-by is allowed and shows as at risk. */
    public Dependency commit(UserRef actor, DependencyId id, String committedDate) {
        return transactions.inOne(() -> commitNow(actor, id, committedDate));
    }

    private Dependency commitNow(UserRef actor, DependencyId id, String committedDate) {
        Dependency current = forProvider(actor, id);
        current.requireCanMoveTo(DependencyState.COMMITTED);
        FieldErrors errors = new FieldErrors();
        LocalDate date = null;
        if (committedDate == null || committedDate.isBlank()) {
            errors.required(COMMITTED_DATE);
        } else {
            date = errors.date(COMMITTED_DATE, committedDate, clock.today());
            if (date != null && date.isBefore(clock.today())) {
                errors.add(COMMITTED_DATE, "throughline.dependency.committed-date.past", date);
            }
        }
        errors.throwIfAny();
        return store(current.commit(actor, clock.now(), date));
    }

    public Dependency decline(UserRef actor, DependencyId id, String reason) {
        return transactions.inOne(() -> {
            Dependency current = forProvider(actor, id);
            current.requireCanMoveTo(DependencyState.DECLINED);
            FieldErrors errors = new FieldErrors();
            String text = errors.requireLine(REASON, reason, DependencyChange.MAX_REASON);
            errors.throwIfAny();
            return store(current.decline(actor, clock.now(), text));
        });
    }

    public Dependency deliver(UserRef actor, DependencyId id) {
        return transactions.inOne(() -> store(forProvider(actor, id).deliver(actor, clock.now())));
    }

    /** A dependency the actor may see (through its consumer initiative). */
    public Dependency get(UserRef actor, DependencyId id) {
        Dependency dependency = dependencies.find(id).orElseThrow(() -> notFound(id));
        if (!permissions.canView(actor, dependency.consumer())) {
            throw notFound(id);
        }
        return dependency;
    }

    private Dependency forProvider(UserRef actor, DependencyId id) {
        Dependency dependency = get(actor, id);
        if (!permissions.canActForTeam(actor, dependency.providerTeam())) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.not-provider",
                    dependency.providerTeam().name()));
        }
        return dependency;
    }

    private Dependency store(Dependency after) {
        dependencies.recordTransition(after);
        return after;
    }

    private static ThroughlineException.NotFound notFound(DependencyId id) {
        return new ThroughlineException.NotFound(Message.of("throughline.error.dependency-not-found", id.toString()));
    }
}
