package io.throughline.core.initiative;

/** The initiative fields a gate violation can point at; hosts map them to their own field ids. */
public enum InitiativeField {
    OWNER("owner"),
    SUCCESS_METRIC("successMetric"),
    EVIDENCE_HORIZON("evidenceHorizon");

    private final String id;

    InitiativeField(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
