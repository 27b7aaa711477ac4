package io.throughline.core.initiative;

import io.throughline.core.Ports;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import java.util.Optional;

/** Keeping initiatives in step with the host, and recording every stage change with who and when. */
public final class InitiativeService {

    private final Ports ports;
    private final InitiativeAccess access;

    public InitiativeService(Ports ports) {
        this.ports = ports;
        this.access = new InitiativeAccess(ports.initiatives(), ports.permissions());
    }

    /** Whether the app knows the initiative at all (hosts use this to provision, not to show). */
    public boolean exists(InitiativeKey key) {
        return ports.initiatives().find(key).isPresent();
    }

    public Initiative get(UserRef actor, InitiativeKey key) {
        return access.toView(actor, key);
    }

    /**
     * Creates or updates the app's copy of an initiative. A new initiative's first stage and any
     * change of stage are recorded in the stage history.
     */
    public Initiative save(UserRef actor, Initiative initiative) {
        if (!ports.permissions().canEdit(actor, initiative.key())) {
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
        Optional<Initiative> before = ports.initiatives().find(current.key());
        if (before.isPresent() && before.get().equals(current)) {
            return current;
        }
        ports.initiatives().save(current);
        Optional<Stage> from = before.map(Initiative::stage);
        if (from.isEmpty() || from.get() != current.stage()) {
            ports.stages().record(new StageChange(current.key(), from, current.stage(), actor, ports.clock().now()));
        }
        return current;
    }

    /**
     * The host renamed an initiative (Jira: the issue moved to another project): everything the app
     * keeps about it follows it to the new key. Like {@link #recordHostChange}, host adapters only;
     * they run it in one transaction where the store offers one. Safe to repeat.
     */
    public void recordMove(InitiativeKey from, InitiativeKey to) {
        if (from.equals(to)) {
            return;
        }
        ports.initiatives().rekey(from, to);
        ports.stages().rekey(from, to);
        ports.evidence().rekey(from, to);
        ports.dependencies().rekey(from, to);
    }

    /** Records a stage change the host has already made (e.g. a Jira transition that has run). */
    public Initiative recordStage(UserRef actor, InitiativeKey key, Stage to) {
        Initiative current = access.toView(actor, key);
        if (current.stage() == to) {
            return current;
        }
        Initiative moved = current.withStage(to);
        ports.initiatives().save(moved);
        ports.stages().record(new StageChange(key, Optional.of(current.stage()), to, actor, ports.clock().now()));
        return moved;
    }

    public java.util.List<StageChange> history(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return ports.stages().changesFor(key);
    }
}
