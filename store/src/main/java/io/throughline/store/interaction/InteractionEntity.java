package io.throughline.store.interaction;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One declared team pair: consumer and provider team names, the mode and the acknowledgement SLA.
 * {@code PAIR_KEY} ("consumer→provider") is unique, so a pair is stored once. Configuration: a
 * replacement of the table deletes the rows it no longer lists.
 */
@Table("INTERACTION_MODE")
public interface InteractionEntity extends Entity {

    @NotNull
    @Unique
    String getPairKey();

    void setPairKey(String key);

    @NotNull
    String getConsumerTeam();

    void setConsumerTeam(String team);

    @NotNull
    String getProviderTeam();

    void setProviderTeam(String team);

    @NotNull
    String getMode();

    void setMode(String mode);

    @NotNull
    int getAckSlaDays();

    void setAckSlaDays(int days);
}
