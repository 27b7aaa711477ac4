package io.throughline.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The dependency table as model version 1 created it. Frozen: never edit. */
@Table("DEPENDENCY")
public interface DependencyV1 extends Entity {

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

    @NotNull
    long getRequestedAt();

    void setRequestedAt(long millis);
}
