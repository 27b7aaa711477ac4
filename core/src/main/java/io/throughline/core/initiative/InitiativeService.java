package io.throughline.core.initiative;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeping initiatives in step with the host, and recording every stage change with who and when. */
public final class InitiativeService {

    private final InitiativeRepository initiatives;
    private final StageHistory stages;
    private final List<KeyedByInitiative> keptPerInitiative;
    private final InitiativeAccess access;
    private final PermissionCheck permissions;
    private final Clock clock;
    private final Transactions transactions;
    private final ChangeObserver observer;

    /**
     * @param keptPerInitiative every store whose records follow an initiative to its new key when
     *     the host renames it (the initiatives and stage history among them)
     * @param observer told of each change in its transaction (the contract records commitments and changes)
     */
    public InitiativeService(InitiativeRepository initiatives, StageHistory stages,
            List<KeyedByInitiative> keptPerInitiative, PermissionCheck permissions, Clock clock,
            Transactions transactions, ChangeObserver observer) {
        this.initiatives = initiatives;
        this.stages = stages;
        this.keptPerInitiative = List.copyOf(keptPerInitiative);
        this.access = new InitiativeAccess(initiatives, permissions);
        this.permissions = permissions;
        this.clock = clock;
        this.transactions = transactions;
        this.observer = observer;
    }

    /** Whether the app knows the initiative at all (hosts use this to provision, not to show). */
    public boolean exists(InitiativeKey key) {
        return initiatives.find(key).isPresent();
    }

    public Initiative get(UserRef actor, InitiativeKey key) {
        return access.toView(actor, key);
    }

    /**
     * Creates or updates the app's copy of an initiative. A new initiative's first stage and any
     * change of stage are recorded in the stage history.
     */
    public Initiative save(UserRef actor, Initiative initiative) {
        if (!permissions.canEdit(actor, initiative.key())) {
            throw new ThroughlineException.Forbidden(
                    Message.of("throughline.error.cannot-edit", initiative.key().value()));
        }
        return recordHostChange(actor, initiative);
    }

    /**
     * Creates an initiative the host does not record by itself (the preview's "new initiative").
     * Permission comes first and asks only about the key's project, so the refusal is the same
     * whether or not the key exists; only someone who may create there learns that it is taken.
     *
     * @throws ThroughlineException.Forbidden when the actor may not create initiatives in the project
     * @throws ThroughlineException.Conflict when the key exists, also when another request created it
     *     at the same moment (the store decides: exactly one create of a key succeeds)
     */
    public Initiative create(UserRef actor, Initiative initiative) {
        InitiativeKey key = initiative.key();
        if (!permissions.canView(actor, key) || !permissions.canEdit(actor, key)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.cannot-create", key.projectKey()));
        }
        return transactions.inOne(() -> {
            Instant now = clock.now();
            initiatives.create(initiative);
            stages.record(new StageChange(key, Optional.empty(), initiative.stage(), actor, now));
            observer.recorded(actor, Optional.empty(), initiative, now);
            return initiative;
        });
    }

    /** {@link #recordHostChange(UserRef, Initiative, Instant)} for a change the host made just now. */
    public Initiative recordHostChange(UserRef actor, Initiative current) {
        return recordHostChange(actor, current, clock.now());
    }

    /**
     * Records what the host has already done to an initiative (created it, edited its fields,
     * moved its status) at {@code at}, the time of the host's change. There is no permission check:
     * the host authorised and performed the change, and refusing to record it would only make the
     * history wrong. Host adapters only.
     *
     * <p>Safe to repeat, and ordered by the change's own time: the same change recorded again
     * changes nothing, and a change older than the newest recorded stage change (an event delivered
     * late) changes nothing either, since what it reports has been overtaken.
     *
     * @throws ThroughlineException.Conflict when another writer created or changed the initiative at
     *     the same moment; reading again and recording again settles it
     */
    public Initiative recordHostChange(UserRef actor, Initiative current, Instant at) {
        InitiativeKey key = current.key();
        return transactions.inOne(() -> {
            Optional<Initiative> before = initiatives.find(key);
            if (before.isEmpty()) {
                initiatives.create(current);
                stages.record(new StageChange(key, Optional.empty(), current.stage(), actor, at));
                observer.recorded(actor, before, current, at);
                return current;
            }
            Initiative stored = before.get();
            if (stored.equals(current) || overtaken(key, at)) {
                return stored;
            }
            initiatives.update(current, stored.stage());
            if (stored.stage() != current.stage()) {
                stages.record(new StageChange(key, Optional.of(stored.stage()), current.stage(), actor, at));
            }
            observer.recorded(actor, before, current, at);
            return current;
        });
    }

    private boolean overtaken(InitiativeKey key, Instant at) {
        return stages.changesFor(key).stream().map(StageChange::at).anyMatch(at::isBefore);
    }

    /**
     * The host renamed an initiative (Jira: the issue moved to another project): everything the app
     * keeps about it follows it to the new key, in one transaction. Like {@link #recordHostChange},
     * host adapters only. Safe to repeat.
     */
    public void recordMove(InitiativeKey from, InitiativeKey to) {
        recordMoves(List.of(from), to);
    }

    /** Several earlier keys (an issue moved more than once) follow it to {@code to}, all in one transaction. */
    public void recordMoves(List<InitiativeKey> earlier, InitiativeKey to) {
        transactions.inOne(() -> {
            for (InitiativeKey from : earlier) {
                if (!from.equals(to)) {
                    keptPerInitiative.forEach(store -> store.rekey(from, to));
                }
            }
            return null;
        });
    }

    /**
     * Records a stage change the host has already made (e.g. a Jira transition that has run), from
     * whatever stage the initiative is in now; a move to the stage it is in changes nothing.
     */
    public Initiative recordStage(UserRef actor, InitiativeKey key, Stage to) {
        return transactions.inOne(() -> {
            Initiative current = access.toView(actor, key);
            return move(actor, current, current.stage(), to);
        });
    }

    /**
     * Records a move from {@code from}, the stage the caller read and decided on (its gate, its
     * workflow), to {@code to}. Of two moves from the same stage exactly one is recorded.
     *
     * @throws ThroughlineException.Conflict when the initiative is no longer in {@code from}, or
     *     another move from it won (the store decides, so this holds across cluster nodes)
     */
    public Initiative recordStage(UserRef actor, InitiativeKey key, Stage from, Stage to) {
        return transactions.inOne(() -> move(actor, access.toView(actor, key), from, to));
    }

    private Initiative move(UserRef actor, Initiative current, Stage from, Stage to) {
        if (current.stage() != from) {
            throw InitiativeRepository.changedMeanwhile(current.key());
        }
        if (from == to) {
            return current;
        }
        Initiative moved = current.withStage(to);
        Instant now = clock.now();
        initiatives.update(moved, from);
        stages.record(new StageChange(current.key(), Optional.of(from), to, actor, now));
        observer.recorded(actor, Optional.of(current), moved, now);
        return moved;
    }

    public List<StageChange> history(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return stages.changesFor(key);
    }
}
