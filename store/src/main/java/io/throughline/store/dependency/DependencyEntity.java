package io.throughline.store.dependency;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A dependency request. STATE and VERSION repeat the end of its change rows so that portfolio
 * queries can filter on them; they are only ever written together with a new change row.
 */
@Table("DEPENDENCY")
public interface DependencyEntity extends Entity {

    @NotNull
    @Indexed
    String getConsumerKey();

    void setConsumerKey(String key);

    @NotNull
    @Indexed
    String getProviderTeam();

    void setProviderTeam(String team);

    @Indexed
    String getProviderIssue();

    void setProviderIssue(String key);

    @NotNull
    @StringLength(450)
    String getDescription();

    void setDescription(String description);

    /** Days since 1970-01-01. */
    @NotNull
    @Indexed
    long getNeededBy();

    void setNeededBy(long day);

    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    String getRequestedBy();

    void setRequestedBy(String user);

    /** Milliseconds since the epoch (UTC). */
    @NotNull
    long getRequestedAt();

    void setRequestedAt(long millis);

    /**
     * When the provider first answered (milliseconds since the epoch), repeated from the first
     * change row so response-time reports need not read changes. Added in model version 2.
     */
    Long getAcknowledgedAt();

    void setAcknowledgedAt(Long millis);
}
