package io.throughline.core.contract;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.AcceptableChanges;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.ChangeObserver;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The commitment record and change control: what was committed is recorded when an initiative
 * enters a committed stage from an uncommitted one, every later change of owner, success metric or
 * horizon is recorded as a contract change, and the contract in force (what the outcome gates judge)
 * moves only with a change a DECISION entry accepted. Recording runs inside the caller's transaction
 * (the initiative service's), reading runs as the viewer.
 */
public final class ContractService implements ChangeObserver, AcceptableChanges {

    private final ContractRecords records;
    private final EvidenceLedger evidence;
    private final InitiativeAccess access;

    public ContractService(ContractRecords records, EvidenceLedger evidence, InitiativeAccess access) {
        this.records = records;
        this.evidence = evidence;
        this.access = access;
    }

    /**
     * Records what a recorded change does to the contract: a commitment when {@code current} enters a
     * committed stage from an uncommitted one (or appears already committed), otherwise one change per
     * contract field whose value differs from {@code stored}, while the initiative is committed and has
     * a commitment on record. Host adapters reach it through the initiative service only.
     */
    @Override
    public void recorded(UserRef actor, Optional<Initiative> stored, Initiative current, Instant at) {
        boolean wasCommitted = stored.map(before -> before.stage().isCommitted()).orElse(false);
        if (!current.stage().isCommitted()) {
            return;
        }
        if (!wasCommitted) {
            List<EvidenceEntry> judged = new Ledger(evidence.entriesFor(current.key())).current();
            records.recordCommitment(Commitment.of(current, actor, at, judged.stream().map(EvidenceEntry::id).toList()));
            return;
        }
        Initiative before = stored.get();
        if (records.commitmentsFor(current.key()).isEmpty()) {
            // Committed before the app kept commitments: nothing on record to change.
            return;
        }
        for (ContractField field : ContractField.values()) {
            Optional<String> was = ContractChange.valueOf(field, before);
            Optional<String> now = ContractChange.valueOf(field, current);
            if (!was.equals(now)) {
                records.append(new ContractChange.New(current.key(), at, actor, field, was, now));
            }
        }
    }

    /** The contract in force for an initiative the caller may already see; empty when it was never committed. */
    public Optional<Contract> inForce(Initiative current, Ledger ledger) {
        List<Commitment> commitments = records.commitmentsFor(current.key());
        if (commitments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Contract.of(commitments.get(commitments.size() - 1), records.changesFor(current.key()),
                ledger, current));
    }

    /**
     * The contract of an initiative as the viewer may see it.
     *
     * @throws ThroughlineException.NotFound for an initiative the viewer may not see, the app does not
     *     know, or that was never committed
     */
    public Contract contract(UserRef viewer, InitiativeKey key) {
        Initiative initiative = access.toView(viewer, key);
        return inForce(initiative, new Ledger(evidence.entriesFor(key))).orElseThrow(() ->
                new ThroughlineException.NotFound(Message.of("throughline.contract.not-committed", key.value())));
    }

    /** The ids of the initiative's contract changes, which a decision may accept. */
    @Override
    public List<ContractChangeId> of(InitiativeKey key) {
        return records.changesFor(key).stream().map(ContractChange::id).toList();
    }
}
