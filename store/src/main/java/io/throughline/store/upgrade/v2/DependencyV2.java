package io.throughline.store.upgrade.v2;

import io.throughline.store.upgrade.v1.DependencyV1;

/** The dependency table as model version 2 has it: version 1 plus ACKNOWLEDGED_AT. Frozen: never edit. */
@net.java.ao.schema.Table("DEPENDENCY")
public interface DependencyV2 extends DependencyV1 {

    Long getAcknowledgedAt();

    void setAcknowledgedAt(Long millis);
}
