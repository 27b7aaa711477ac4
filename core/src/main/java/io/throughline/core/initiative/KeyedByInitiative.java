package io.throughline.core.initiative;

/** Port part: a store whose records belong to an initiative and follow it when the host renames it. */
public interface KeyedByInitiative {

    /**
     * Everything kept under {@code from} now goes by {@code to}; no record's content changes. Safe
     * to repeat.
     */
    void rekey(InitiativeKey from, InitiativeKey to);
}
