package io.throughline.core.evidence;

import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;

/** The contract changes of an initiative that a DECISION entry may accept (the contract feature answers). */
@FunctionalInterface
public interface AcceptableChanges {

    /** A host without contracts: nothing to accept. */
    AcceptableChanges NONE = initiative -> List.of();

    List<ContractChangeId> of(InitiativeKey initiative);
}
