package io.throughline.jira.ao;

import io.throughline.store.upgrade.v2.AcknowledgedAtUpgrade;

/** Model version 2 (see {@link AcknowledgedAtUpgrade}), as declared in the plugin's {@code <ao>} module. */
public final class AcknowledgedAtUpgradeTask extends StoreUpgradeTask {

    public AcknowledgedAtUpgradeTask() {
        super(new AcknowledgedAtUpgrade());
    }
}
