package io.throughline.core.initiative;

import java.util.List;
import java.util.Optional;

/** Port: the initiatives the app knows, as kept in step with the host's issues. */
public interface InitiativeRepository extends KeyedByInitiative {

    /** Inserts the initiative or replaces the one with the same key. */
    void save(Initiative initiative);

    Optional<Initiative> find(InitiativeKey key);

    /** Every initiative, in key order; one read regardless of how many there are. */
    List<Initiative> findAll();

    /**
     * The host gave the initiative a new key (Jira: the issue moved to another project). The copy
     * under {@code from} now goes by {@code to}; if a copy under {@code to} exists already, it wins.
     * Safe to repeat.
     */
    void rekey(InitiativeKey from, InitiativeKey to);
}
