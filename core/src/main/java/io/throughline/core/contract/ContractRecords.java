package io.throughline.core.contract;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.util.List;

/** Port: the append-only record of commitments and of the contract changes made after them. */
public interface ContractRecords extends KeyedByInitiative {

    /** A host that keeps no contracts (its initiatives are judged as they are now). */
    ContractRecords NONE = new ContractRecords() {
        @Override
        public void recordCommitment(Commitment commitment) {
        }

        @Override
        public List<Commitment> commitmentsFor(InitiativeKey initiative) {
            return List.of();
        }

        @Override
        public ContractChange append(ContractChange.New change) {
            throw new IllegalStateException("a host without contracts has no commitment to change");
        }

        @Override
        public List<ContractChange> changesFor(InitiativeKey initiative) {
            return List.of();
        }

        @Override
        public List<ContractChange> changesSince(java.time.Instant from) {
            return List.of();
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
        }
    };

    void recordCommitment(Commitment commitment);

    /** The initiative's commitments, oldest first (the last is the one in force); one read. */
    List<Commitment> commitmentsFor(InitiativeKey initiative);

    ContractChange append(ContractChange.New change);

    /** The initiative's contract changes, oldest first; one read. */
    List<ContractChange> changesFor(InitiativeKey initiative);

    /**
     * Every initiative's contract changes made at or after {@code from}, oldest first (two at the same
     * moment in the order recorded): one read, whatever the number of initiatives.
     */
    List<ContractChange> changesSince(java.time.Instant from);
}
