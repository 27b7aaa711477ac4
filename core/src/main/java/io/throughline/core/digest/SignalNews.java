package io.throughline.core.digest;

import io.throughline.core.signal.SignalVerdict;
import java.util.List;

/**
 * The signals an initiative raised and cleared over a digest's window, comparing the two ends only:
 * {@code raised} are at the end and were not at the start (with the end's reason), {@code cleared} the
 * reverse (with the start's reason). {@code known} is false when either end has no stored line to compare
 * (an initiative created in the window had nothing raised at its start, so it is known from its first line).
 */
public record SignalNews(boolean known, List<SignalVerdict> raised, List<SignalVerdict> cleared) {

    /** Nothing to compare. */
    public static final SignalNews UNKNOWN = new SignalNews(false, List.of(), List.of());

    public SignalNews {
        raised = List.copyOf(raised);
        cleared = List.copyOf(cleared);
        if (!known && (!raised.isEmpty() || !cleared.isEmpty())) {
            throw new IllegalArgumentException("signals without both ends cannot have been raised or cleared");
        }
    }

    /** The signals raised at the end and not at the start, and those raised at the start and not at the end. */
    public static SignalNews between(List<SignalVerdict> atStart, List<SignalVerdict> atEnd) {
        return new SignalNews(true,
                atEnd.stream().filter(verdict -> absent(atStart, verdict)).toList(),
                atStart.stream().filter(verdict -> absent(atEnd, verdict)).toList());
    }

    public boolean isEmpty() {
        return raised.isEmpty() && cleared.isEmpty();
    }

    private static boolean absent(List<SignalVerdict> verdicts, SignalVerdict wanted) {
        return verdicts.stream().noneMatch(verdict -> verdict.signal() == wanted.signal());
    }
}
