package io.throughline.core.evidence;

import io.throughline.core.common.UserRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DECISION entry records besides its summary: who decided, the options considered, the one
 * chosen, why, and when to look at it again. Every part is optional but at least one is given.
 */
public record Decision(List<UserRef> decidedBy, List<String> options, Optional<String> chosen,
                       Optional<String> rationale, Optional<LocalDate> revisitOn) {

    public static final int MAX_PEOPLE = 20;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION = 450;
    public static final int MAX_RATIONALE = 2_000;

    public Decision {
        decidedBy = List.copyOf(decidedBy);
        options = List.copyOf(options);
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(revisitOn, "revisitOn");
        if (decidedBy.isEmpty() && options.isEmpty() && chosen.isEmpty() && rationale.isEmpty() && revisitOn.isEmpty()) {
            throw new IllegalArgumentException("a decision record says at least one thing");
        }
        if (chosen.isPresent() && !options.isEmpty() && !options.contains(chosen.get())) {
            throw new IllegalArgumentException("the chosen option is not among the options: " + chosen.get());
        }
    }
}
