package io.throughline.jira.trace;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.Optional;

/**
 * The app's issue link type: an initiative "is delivered by" the work linked to it, which "delivers"
 * the initiative. Provisioning creates it; the trace searches with its outward words as Jira has them
 * (an admin may reword them), so it is always looked up by name.
 */
public final class DeliveryLinkType {

    public static final String NAME = "Throughline delivery";
    public static final String OUTWARD = "is delivered by";
    public static final String INWARD = "delivers";

    private DeliveryLinkType() {
    }

    /** The link type as Jira has it, if it exists. */
    public static Optional<IssueLinkType> find(IssueLinkTypeManager linkTypes) {
        return linkTypes.getIssueLinkTypesByName(NAME).stream().findFirst();
    }
}
