package io.throughline.core.gate;

import java.util.List;

/** A named rule of a gate. It reports what is missing and never throws for a missing thing. */
public interface Policy {

    PolicyId id();

    /** Empty when the initiative satisfies the policy. */
    List<Violation> check(GateContext context);
}
