package io.throughline.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraDeliveryLinkFactsTest {

    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final JiraDeliveryLinkFacts facts = new JiraDeliveryLinkFacts(linkTypes);

    @Test
    void theLinkTypeIsLookedUpByItsNameAndShowsTheInwardWordsJiraHas() {
        IssueLinkType delivery = mock(IssueLinkType.class);
        when(delivery.getInward()).thenReturn("ships");
        when(linkTypes.getIssueLinkTypesByName("Throughline delivery")).thenReturn(List.of(delivery));

        assertThat(facts.name()).isEqualTo("Throughline delivery");
        assertThat(facts.inward()).contains("ships");
    }

    @Test
    void noLinkTypeByThatNameMeansItIsMissing() {
        when(linkTypes.getIssueLinkTypesByName("Throughline delivery")).thenReturn(List.of());

        assertThat(facts.inward()).isEmpty();
    }
}
