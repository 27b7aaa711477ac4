package io.throughline.core.evidence;

/** What sort of evidence an entry is; only metric readings carry an observed value. */
public enum EvidenceKind {
    METRIC_READING,
    EXPERIMENT,
    CUSTOMER_INSIGHT,
    RESEARCH,
    DECISION
}
