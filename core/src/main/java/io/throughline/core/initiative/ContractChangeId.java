package io.throughline.core.initiative;

/** The store's identifier of one change to a committed initiative's contract (see the contract feature). */
public record ContractChangeId(long value) {

    public ContractChangeId {
        if (value <= 0) {
            throw new IllegalArgumentException("contract change id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
