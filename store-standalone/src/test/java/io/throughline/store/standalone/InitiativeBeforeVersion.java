package io.throughline.store.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The initiative table as released before it had a VERSION column. Frozen: never edit. */
@Table("INITIATIVE")
public interface InitiativeBeforeVersion extends Entity {

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

    Long getHorizonDay();

    void setHorizonDay(Long day);
}
