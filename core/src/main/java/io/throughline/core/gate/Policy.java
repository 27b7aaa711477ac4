package io.throughline.core.gate;

import java.util.List;
import java.util.Set;

/** A named rule of a gate. It reports what is missing and never throws for a missing thing. */
public interface Policy {

    PolicyId id();

    /** What a policy reads beyond the initiative itself; a gate's reads are the union of its policies'. */
    enum Input { LEDGER, DEPENDENCIES, STAGE_HISTORY, ASSUMPTIONS }

    /** The stored records this policy looks at; the service reads nothing else for it. */
    Set<Input> inputs();

    /** Empty when the initiative satisfies the policy. */
    List<Violation> check(GateContext context);
}
