package io.throughline.jira.provision;

import java.util.List;

/** What one provisioning run created and what it found already there (a second run creates nothing). */
public record ProvisioningReport(List<String> created, List<String> existing) {

    public ProvisioningReport {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
    }
}
