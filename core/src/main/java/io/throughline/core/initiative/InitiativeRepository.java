package io.throughline.core.initiative;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Port: the initiatives the app knows, as kept in step with the host's issues. Writers that may
 * race (two people, two cluster nodes) go through {@link #create} and {@link #update}, which the
 * store decides, so of two writers exactly one succeeds and the other gets a conflict.
 */
public interface InitiativeRepository extends KeyedByInitiative {

    /**
     * Inserts the initiative or replaces the one with the same key, unconditionally: for seeding and
     * tests. Nothing that can race with another writer uses it.
     */
    void save(Initiative initiative);

    /**
     * Inserts a new initiative, never replacing one.
     *
     * @throws ThroughlineException.Conflict {@link #keyTaken} when one with the key exists already
     *     (also when another writer created it at the same moment: the store's unique key decides)
     */
    void create(Initiative initiative);

    /**
     * Replaces the stored copy with {@code after}, provided its stage is still {@code expected}, the
     * stage the caller read: a compare-and-set, so a move (or an edit) made from a stale read never
     * overwrites someone else's move.
     *
     * @throws ThroughlineException.Conflict {@link #changedMeanwhile} when the stored stage is no longer
     *     {@code expected}, or another writer replaced the copy at the same moment (of two writers who
     *     read the same copy, the store lets exactly one through)
     * @throws ThroughlineException.NotFound when there is no copy under the key
     */
    void update(Initiative after, Stage expected);

    Optional<Initiative> find(InitiativeKey key);

    /** Every initiative, in key order; one read regardless of how many there are. */
    List<Initiative> findAll();

    /**
     * The initiatives with these keys, in key order (a key naming none is left out). By default one read
     * per key; a store overrides it with a bounded number of reads whatever their number.
     */
    default List<Initiative> findByKeys(Collection<InitiativeKey> keys) {
        return new TreeSet<>(keys).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * The host gave the initiative a new key (Jira: the issue moved to another project). The copy
     * under {@code from} now goes by {@code to}; if a copy under {@code to} exists already, it wins.
     * Safe to repeat.
     */
    void rekey(InitiativeKey from, InitiativeKey to);

    /** The conflict of a create that lost: the key is taken. Worded once, for every implementation. */
    static ThroughlineException.Conflict keyTaken(InitiativeKey key) {
        return new ThroughlineException.Conflict(Message.of("throughline.initiative.exists", key.value()));
    }

    /** The conflict of a move or edit that lost: someone else changed the initiative after the caller read it. */
    static ThroughlineException.Conflict changedMeanwhile(InitiativeKey key) {
        return new ThroughlineException.Conflict(Message.of("throughline.initiative.changed-meanwhile", key.value()));
    }
}
