package io.throughline.store.interaction;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One claimed version of the interaction table, inserted before the table is replaced. The version
 * is unique, so of two admins who both read version n, the database lets exactly one claim n+1 and
 * the other's replacement fails as a whole. The highest row is the table's version. Never updated.
 */
@Table("INTERACTION_CLAIM")
public interface InteractionClaimEntity extends Entity {

    @NotNull
    @Unique
    long getVersion();

    void setVersion(long version);
}
