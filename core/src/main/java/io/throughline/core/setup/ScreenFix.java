package io.throughline.core.setup;

import io.throughline.core.common.Message;
import java.util.List;

/** What adding the fields to the Initiative screens changed, and what it could not do. */
public record ScreenFix(List<Message> changes, List<Message> refusals) {

    public ScreenFix {
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
    }

    public boolean changedNothing() {
        return changes.isEmpty();
    }
}
