package io.throughline.core.initiative;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
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

    /**
     * @param keptPerInitiative every store whose records follow an initiative to its new key when
     *     the host renames it (the initiatives and stage history among them)
     */
    public InitiativeService(InitiativeRepository initiatives, StageHistory stages,
            List<KeyedByInitiative> keptPerInitiative, PermissionCheck permissions, Clock clock,
            Transactions transactions) {
        this.initiatives = initiatives;
        this.stages = stages;
        this.keptPerInitiative = List.copyOf(keptPerInitiative);
        this.access = new InitiativeAccess(initiatives, permissions);
        this.permissions = permissions;
        this.clock = clock;
        this.transactions = transactions;
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
     * Records what the host has already done to an initiative (created it, edited its fields,
     * moved its status). There is no permission check: the host authorised and performed the
     * change, and refusing to record it would only make the history wrong. Host adapters only.
     */
    public Initiative recordHostChange(UserRef actor, Initiative current) {
        return transactions.inOne(() -> {
            Optional<Initiative> before = initiatives.find(current.key());
            if (before.isPresent() && before.get().equals(current)) {
                return current;
            }
            initiatives.save(current);
            Optional<Stage> from = before.map(Initiative::stage);
            if (from.isEmpty() || from.get() != current.stage()) {
                stages.record(new StageChange(current.key(), from, current.stage(), actor, clock.now()));
            }
            return current;
        });
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

    /** Records a stage change the host has already made (e.g. a Jira transition that has run). */
    public Initiative recordStage(UserRef actor, InitiativeKey key, Stage to) {
        return transactions.inOne(() -> {
            Initiative current = access.toView(actor, key);
            if (current.stage() == to) {
                return current;
            }
            Initiative moved = current.withStage(to);
            initiatives.save(moved);
            stages.record(new StageChange(key, Optional.of(current.stage()), to, actor, clock.now()));
            return moved;
        });
    }

    public List<StageChange> history(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return stages.changesFor(key);
    }
}
