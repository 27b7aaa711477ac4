package io.throughline.core.dependency;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.Texts;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Requesting, withdrawing and reopening a dependency (consumer side); committing, declining,
 * revising and delivering it (provider side). State changes are
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
        current.requireCan(DependencyAction.COMMIT);
        FieldErrors errors = new FieldErrors();
        LocalDate date = committedDate(errors, committedDate);
        errors.throwIfAny();
        return store(current.commit(actor, clock.now(), date));
    }

    /** The provider moves its committed date, saying why; every revision stays on record. */
    public Dependency revise(UserRef actor, DependencyId id, String committedDate, String reason) {
        return transactions.inOne(() -> {
            Dependency current = forProvider(actor, id);
            current.requireCan(DependencyAction.REVISE);
            FieldErrors errors = new FieldErrors();
            LocalDate date = committedDate(errors, committedDate);
            if (date != null && current.committedDate().filter(date::equals).isPresent()) {
                errors.add(COMMITTED_DATE, "throughline.dependency.revise.same-date", date);
            }
            String text = errors.requireLine(REASON, reason, DependencyChange.MAX_REASON);
            errors.throwIfAny();
            return store(current.revise(actor, clock.now(), date, text));
        });
    }

    /** The consumer takes its request back: final, and counted nowhere from then on. */
    public Dependency withdraw(UserRef actor, DependencyId id, String reason) {
        return transactions.inOne(() -> {
            Dependency current = forConsumer(actor, id);
            current.requireCan(DependencyAction.WITHDRAW);
            FieldErrors errors = new FieldErrors();
            String text = errors.requireLine(REASON, reason, DependencyChange.MAX_REASON);
            errors.throwIfAny();
            return store(current.withdraw(actor, clock.now(), text));
        });
    }

    /**
     * The consumer asks again after a decline, optionally with a new needed-by date and description:
     * a new round, with the decline kept on record. A needed-by date already past must be replaced.
     */
    public Dependency reopen(UserRef actor, DependencyId id, String neededBy, String description) {
        return transactions.inOne(() -> {
            Dependency current = forConsumer(actor, id);
            current.requireCan(DependencyAction.REOPEN);
            FieldErrors errors = new FieldErrors();
            Optional<LocalDate> date = Optional.empty();
            if (!Texts.isBlank(neededBy)) {
                date = Optional.ofNullable(errors.date(DependencyForm.NEEDED_BY, neededBy, clock.today()));
                date.filter(d -> d.isBefore(clock.today())).ifPresent(d ->
                        errors.add(DependencyForm.NEEDED_BY, "throughline.dependency.needed-by.past", d));
            } else if (current.neededBy().isBefore(clock.today())) {
                errors.add(DependencyForm.NEEDED_BY, "throughline.dependency.reopen.needed-by-passed",
                        current.neededBy());
            }
            Optional<String> text = Texts.isBlank(description) ? Optional.empty() : Optional.ofNullable(
                    errors.requireLine(DependencyForm.DESCRIPTION, description, NewDependency.MAX_DESCRIPTION));
            errors.throwIfAny();
            return store(current.reopen(actor, clock.now(), date, text));
        });
    }

    private LocalDate committedDate(FieldErrors errors, String committedDate) {
        LocalDate date = null;
        if (committedDate == null || committedDate.isBlank()) {
            errors.required(COMMITTED_DATE);
        } else {
            date = errors.date(COMMITTED_DATE, committedDate, clock.today());
            if (date != null && date.isBefore(clock.today())) {
                errors.add(COMMITTED_DATE, "throughline.dependency.committed-date.past", date);
            }
        }
        return date;
    }

    public Dependency decline(UserRef actor, DependencyId id, String reason) {
        return transactions.inOne(() -> {
            Dependency current = forProvider(actor, id);
            current.requireCan(DependencyAction.DECLINE);
            FieldErrors errors = new FieldErrors();
            String text = errors.requireLine(REASON, reason, DependencyChange.MAX_REASON);
            errors.throwIfAny();
            return store(current.decline(actor, clock.now(), text));
        });
    }

    public Dependency deliver(UserRef actor, DependencyId id) {
        return transactions.inOne(() -> store(forProvider(actor, id).deliver(actor, clock.now())));
    }

    /**
     * A dependency the actor may see: through its consumer initiative, or as a member of the team
     * it asks (who sees the request even without seeing the initiative).
     */
    public Dependency get(UserRef actor, DependencyId id) {
        Dependency dependency = dependencies.find(id).orElseThrow(() -> notFound(id));
        if (!permissions.canView(actor, dependency.consumer())
                && !permissions.canActForTeam(actor, dependency.providerTeam())) {
            throw notFound(id);
        }
        return dependency;
    }

    /** The consumer side: someone who may edit the consumer initiative, while it is open. */
    private Dependency forConsumer(UserRef actor, DependencyId id) {
        Dependency dependency = dependencies.find(id).orElseThrow(() -> notFound(id));
        if (!permissions.canView(actor, dependency.consumer())) {
            // A provider member who cannot see the consumer learns nothing more here than from get().
            get(actor, id);
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.not-consumer",
                    dependency.consumer().value()));
        }
        Initiative consumer = access.toEdit(actor, dependency.consumer());
        if (consumer.stage().isClosed()) {
            throw new ThroughlineException.Conflict(Message.of("throughline.dependency.consumer-closed-change",
                    consumer.key().value(), consumer.stage().name()));
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
