package io.throughline.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.throughline.store.upgrade.StoreUpgrade;

/** Runs one of the store's upgrade steps as Jira's Active Objects plugin expects upgrade tasks. */
public abstract class StoreUpgradeTask implements ActiveObjectsUpgradeTask {

    private final StoreUpgrade step;

    protected StoreUpgradeTask(StoreUpgrade step) {
        this.step = step;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.modelVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.upgrade(Integer.parseInt(currentVersion.toString()), JiraActiveObjectsAccess.forUpgrade(ao));
    }
}
