package io.throughline.core.initiative;

import java.util.List;
import java.util.Optional;

/** Port: the initiatives the app knows, as kept in step with the host's issues. */
public interface InitiativeRepository {

    /** Inserts the initiative or replaces the one with the same key. */
    void save(Initiative initiative);

    Optional<Initiative> find(InitiativeKey key);

    /** Every initiative, in key order; one read regardless of how many there are. */
    List<Initiative> findAll();
}
