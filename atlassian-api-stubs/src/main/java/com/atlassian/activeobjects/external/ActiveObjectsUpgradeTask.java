// Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html — members used by Throughline only.
package com.atlassian.activeobjects.external;

/** A schema/data upgrade run by the Active Objects plugin, ordered by model version. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
