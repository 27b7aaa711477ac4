package io.throughline.store.initiative;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One claimed version of an initiative's row, inserted before the row is updated. {@code CAS_KEY}
 * is "initiative row id:version after the update" and unique, so of two writers who both read
 * version n, the database lets exactly one claim n+1: the compare-and-set is decided by the unique
 * index, on every database, across cluster nodes and in Jira. The row id, unlike the issue key,
 * survives a rekey. Never updated.
 */
@Table("INITIATIVE_CLAIM")
public interface InitiativeClaimEntity extends Entity {

    @NotNull
    int getInitiativeId();

    void setInitiativeId(int id);

    @NotNull
    @Unique
    String getCasKey();

    void setCasKey(String key);
}
