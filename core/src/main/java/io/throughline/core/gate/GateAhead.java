package io.throughline.core.gate;

import java.util.Objects;

/**
 * A gate judged as the transition carrying it would judge it, or with the app's defaults when no
 * transition out of the current status carries it ({@code onDefaults}), which views say.
 */
public record GateAhead(GateReport report, boolean onDefaults) {

    public GateAhead {
        Objects.requireNonNull(report, "report");
    }
}
