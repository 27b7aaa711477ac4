package io.throughline.store.initiative;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One admin override: a workflow status name (normalised) and the stage it means. */
@Table("STAGE_MAPPING")
public interface StageMappingEntity extends Entity {

    @NotNull
    @Unique
    String getStatusName();

    void setStatusName(String name);

    @NotNull
    String getStage();

    void setStage(String stage);
}
