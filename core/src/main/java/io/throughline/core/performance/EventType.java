package io.throughline.core.performance;

/** What a delivery event reports. */
public enum EventType {
    /** A service deployed (or upgraded) to an environment. */
    DEPLOYMENT,
    /** A service rolled back in an environment. */
    ROLLBACK,
    /** An incident detected or reported in an environment. */
    INCIDENT_OPENED,
    /** An incident resolved. */
    INCIDENT_RESOLVED;

    public boolean isIncident() {
        return this == INCIDENT_OPENED || this == INCIDENT_RESOLVED;
    }
}
