package io.throughline.core.gate;

import java.util.Arrays;
import java.util.Optional;

/** The named gate policies; the id is stable and is what configurations store. */
public enum PolicyId {
    OWNER_PRESENT("owner-present"),
    METRIC_MEASURABLE("metric-measurable"),
    HORIZON_VALID("horizon-valid"),
    EVIDENCE_SUFFICIENT("evidence-sufficient"),
    DEPENDENCIES_ACKNOWLEDGED("dependencies-acknowledged"),
    OUTCOME_MET("outcome-met"),
    LEARNING_RECORDED("learning-recorded"),
    /** Off unless a transition turns it on: the bet names the assumptions it rests on. */
    ASSUMPTIONS_LISTED("assumptions-listed");

    private final String id;

    PolicyId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PolicyId> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
