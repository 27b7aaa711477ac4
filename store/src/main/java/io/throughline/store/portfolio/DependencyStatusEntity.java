package io.throughline.store.portfolio;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One dependency's stored status: a derived row, replaced whole (deleted and inserted) when the
 * dependency is judged again. The unique {@code DEPENDENCY_ID} keeps one row per dependency however
 * many nodes write at once; the consumer and provider-issue indexes serve the refresh's lookups (an
 * initiative's own statuses, those waiting on it), the judged-on one the newest day. Days are epoch
 * days and instants epoch milliseconds, as everywhere in the store; reasons are
 * {@link ReasonsColumn} text, null for none.
 */
@Table("DEP_STATUS")
public interface DependencyStatusEntity extends Entity {

    @NotNull
    @Unique
    int getDependencyId();

    void setDependencyId(int id);

    @NotNull
    @Indexed
    String getConsumerKey();

    void setConsumerKey(String key);

    @NotNull
    String getConsumerTeam();

    void setConsumerTeam(String team);

    @NotNull
    String getProviderTeam();

    void setProviderTeam(String team);

    @Indexed
    String getProviderIssue();

    void setProviderIssue(String key);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    String getHealth();

    void setHealth(String health);

    String getReasons();

    void setReasons(String reasons);

    @NotNull
    boolean getLateDiscovered();

    void setLateDiscovered(boolean late);

    /** Days since 1970-01-01. */
    @NotNull
    long getNeededBy();

    void setNeededBy(long day);

    /** The day health was judged as of, in days since 1970-01-01. */
    @NotNull
    @Indexed
    long getJudgedOn();

    void setJudgedOn(long day);

    @NotNull
    long getComputedAt();

    void setComputedAt(long millis);
}
