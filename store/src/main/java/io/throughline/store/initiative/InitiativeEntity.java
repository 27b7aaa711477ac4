package io.throughline.store.initiative;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The app's copy of an initiative's fields, kept in step with the host's issue. {@code VERSION}
 * counts the compare-and-set updates (see {@link InitiativeClaimEntity}); rows written before it
 * existed have none, which counts as 0.
 */
@Table("INITIATIVE")
public interface InitiativeEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    @NotNull
    @Indexed
    String getTeam();

    void setTeam(String team);

    @NotNull
    @Indexed
    String getStage();

    void setStage(String stage);

    String getOwnerKey();

    void setOwnerKey(String owner);

    @StringLength(450)
    String getMetric();

    void setMetric(String metric);

    /** Evidence horizon as days since 1970-01-01; null when not set. */
    Long getHorizonDay();

    void setHorizonDay(Long day);

    /** Null on rows written before the column was added (AO adds it on start, no upgrade step): read as 0. */
    Integer getVersion();

    void setVersion(Integer version);
}
