package io.throughline.jira.provision;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Provisions once Jira has started (and on each later enable of the app). */
public final class ProvisionOnStart implements LifecycleAware {

    private static final Logger LOG = Logger.getLogger(ProvisionOnStart.class.getName());

    private final Provisioner provisioner;

    public ProvisionOnStart(Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public void onStart() {
        try {
            ProvisioningReport report = provisioner.provision();
            LOG.info("Throughline provisioning: created " + report.created() + ", already present " + report.existing());
        } catch (RuntimeException e) {
            // Starting Jira must not fail because of us; an admin can re-run provisioning over REST.
            LOG.log(Level.SEVERE, "Throughline could not provision its issue type and fields", e);
        }
    }

    @Override
    public void onStop() {
        // nothing to release
    }
}
