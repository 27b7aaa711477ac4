package io.throughline.core.contract;

/** The parts of an initiative's contract that are fixed at commitment and change only on the record. */
public enum ContractField {
    OWNER,
    SUCCESS_METRIC,
    EVIDENCE_HORIZON
}
