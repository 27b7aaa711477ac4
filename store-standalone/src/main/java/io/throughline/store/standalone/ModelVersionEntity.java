package io.throughline.store.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The schema's model version outside Jira (in Jira the Active Objects plugin keeps it in its own
 * settings, and this table is never created). One row.
 */
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {

    @NotNull
    int getModelVersion();

    void setModelVersion(int version);
}
