package io.throughline.core.signal;

import io.throughline.core.common.Message;
import java.util.Objects;

/** A signal raised, with its reason in words (the figures that raised it and the threshold). */
public record SignalVerdict(Signal signal, Message reason) {

    public SignalVerdict {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reason, "reason");
    }
}
