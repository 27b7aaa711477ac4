package io.throughline.core.signal;

/**
 * The named status-integrity rules: each catches a status that says one thing while the record says
 * another. Every one but {@link #COORDINATION_DEBT} judges an initiative; that one judges a team.
 * What each means, with its thresholds, is in {@code docs/semantics.md} (Signals).
 */
public enum Signal {
    STALLED,
    NOT_STARTED,
    MOSTLY_DONE,
    HORIZON_PASSED,
    SHIPPED_WITHOUT_DEPLOYMENT,
    STAGE_CONTRADICTS_TRACE,
    SPEED_BORROWED,
    OUTPUT_WITHOUT_OUTCOME,
    EVIDENCE_STALE,
    TARGET_DRIFT,
    COORDINATION_DEBT
}
