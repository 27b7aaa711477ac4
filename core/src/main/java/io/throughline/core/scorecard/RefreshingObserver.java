package io.throughline.core.scorecard;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.ChangeObserver;
import io.throughline.core.initiative.Initiative;
import java.time.Instant;
import java.util.Optional;

/**
 * An initiative change observer that also reports the initiative to {@link LineRefresh}: its dependencies'
 * statuses too when what health reads of it changed (a new initiative, its team, its stage).
 */
public final class RefreshingObserver implements ChangeObserver {

    private final ChangeObserver observer;
    private final LineRefresh refresh;

    public RefreshingObserver(ChangeObserver observer, LineRefresh refresh) {
        this.observer = observer;
        this.refresh = refresh;
    }

    @Override
    public void recorded(UserRef actor, Optional<Initiative> before, Initiative after, Instant at) {
        observer.recorded(actor, before, after, at);
        boolean judged = before.map(was -> !was.team().equals(after.team()) || was.stage() != after.stage())
                .orElse(true);
        if (judged) {
            refresh.changed(after.key());
        } else {
            refresh.lineChanged(after.key());
        }
    }
}
