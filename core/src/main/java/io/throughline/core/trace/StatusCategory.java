package io.throughline.core.trace;

/** Where an issue's status stands, as the host groups statuses (Jira's status categories). */
public enum StatusCategory {
    TO_DO, IN_PROGRESS, DONE
}
