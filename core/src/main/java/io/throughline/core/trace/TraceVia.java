package io.throughline.core.trace;

/** How a delivery item joined an initiative's trace. */
public enum TraceVia {
    /** Linked to the initiative with the app's link type ("is delivered by"). */
    LINK,
    /** A child by Advanced Roadmaps' Parent Link (of the initiative, or of an item above it). */
    PARENT_LINK,
    /** An issue of an epic in the trace. */
    EPIC,
    /** A sub-task of an item in the trace. */
    SUBTASK
}
