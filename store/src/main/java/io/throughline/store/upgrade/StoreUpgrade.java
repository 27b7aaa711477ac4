package io.throughline.store.upgrade;

import io.throughline.store.ao.AoAccess;

/**
 * One step of the schema's history, in the shape of Active Objects' upgrade tasks: it brings the
 * model to {@link #modelVersion()} using frozen copies of the entities as they were at that
 * version, never the live ones (which may have moved on). The Jira plugin adapts each step to an
 * {@code ActiveObjectsUpgradeTask}; outside Jira, {@link SchemaUpgrader} runs them.
 */
public interface StoreUpgrade {

    int modelVersion();

    void upgrade(int currentVersion, AoAccess ao);
}
