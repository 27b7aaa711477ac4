package io.throughline.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.throughline.core.setup.DeliveryLinkFacts;
import io.throughline.jira.trace.DeliveryLinkType;
import java.util.Optional;

/** The delivery trace's issue link type as Jira has it, for the setup check. */
public final class JiraDeliveryLinkFacts implements DeliveryLinkFacts {

    private final IssueLinkTypeManager linkTypes;

    public JiraDeliveryLinkFacts(IssueLinkTypeManager linkTypes) {
        this.linkTypes = linkTypes;
    }

    @Override
    public String name() {
        return DeliveryLinkType.NAME;
    }

    /** The words as Jira has them (an admin may have reworded them), or the app's own if Jira has none. */
    @Override
    public Optional<String> inward() {
        return DeliveryLinkType.find(linkTypes).map(type -> Optional.ofNullable(type.getInward())
                .filter(words -> !words.isBlank()).orElse(DeliveryLinkType.INWARD));
    }
}
