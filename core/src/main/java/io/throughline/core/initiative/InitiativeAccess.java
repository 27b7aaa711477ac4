package io.throughline.core.initiative;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;

/** Loads an initiative for a user, refusing the same way everywhere: unseen looks like missing. */
public final class InitiativeAccess {

    private final InitiativeRepository initiatives;
    private final PermissionCheck permissions;

    public InitiativeAccess(InitiativeRepository initiatives, PermissionCheck permissions) {
        this.initiatives = initiatives;
        this.permissions = permissions;
    }

    public Initiative toView(UserRef actor, InitiativeKey key) {
        requireViewable(actor, key);
        return initiatives.find(key).orElseThrow(() -> notFound(key));
    }

    /** Refuses, as not found, an initiative the user may not see, whether or not the app has a copy of it. */
    public void requireViewable(UserRef actor, InitiativeKey key) {
        if (!permissions.canView(actor, key)) {
            throw notFound(key);
        }
    }

    public Initiative toEdit(UserRef actor, InitiativeKey key) {
        Initiative initiative = toView(actor, key);
        if (!permissions.canEdit(actor, key)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.cannot-edit", key.value()));
        }
        return initiative;
    }

    private static ThroughlineException.NotFound notFound(InitiativeKey key) {
        return new ThroughlineException.NotFound(Message.of("throughline.error.initiative-not-found", key.value()));
    }
}
