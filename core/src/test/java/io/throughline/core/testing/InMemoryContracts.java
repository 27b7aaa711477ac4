package io.throughline.core.testing;

import io.throughline.core.contract.Commitment;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.List;

/** Commitments and contract changes in lists, ids from 1, as the store keeps them. */
public final class InMemoryContracts implements ContractRecords {

    private final List<Commitment> commitments = new ArrayList<>();
    private final List<ContractChange> changes = new ArrayList<>();

    @Override
    public synchronized void recordCommitment(Commitment commitment) {
        commitments.add(commitment);
    }

    @Override
    public synchronized List<Commitment> commitmentsFor(InitiativeKey initiative) {
        return commitments.stream().filter(c -> c.initiative().equals(initiative)).toList();
    }

    @Override
    public synchronized ContractChange append(ContractChange.New change) {
        ContractChange stored = new ContractChange(new ContractChangeId(changes.size() + 1L), change.initiative(),
                change.at(), change.by(), change.field(), change.before(), change.after());
        changes.add(stored);
        return stored;
    }

    @Override
    public synchronized List<ContractChange> changesFor(InitiativeKey initiative) {
        return changes.stream().filter(c -> c.initiative().equals(initiative)).toList();
    }

    @Override
    public synchronized List<ContractChange> changesSince(java.time.Instant from) {
        return changes.stream().filter(c -> !c.at().isBefore(from))
                .sorted(java.util.Comparator.comparing(ContractChange::at)).toList();
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        commitments.replaceAll(c -> c.initiative().equals(from) ? new Commitment(to, c.at(), c.by(), c.owner(),
                c.successMetric(), c.evidenceHorizon(), c.evidence()) : c);
        changes.replaceAll(c -> c.initiative().equals(from)
                ? new ContractChange(c.id(), to, c.at(), c.by(), c.field(), c.before(), c.after()) : c);
    }
}
