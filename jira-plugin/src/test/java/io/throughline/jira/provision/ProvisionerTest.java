package io.throughline.jira.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.throughline.jira.trace.DeliveryLinkType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;
import org.ofbiz.core.entity.GenericEntityException;

class ProvisionerTest {

    private static final Long DEFAULT_AVATAR = 10318L;

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final List<IssueLinkType> linkTypesNamedDelivery = new ArrayList<>();
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final IssueType initiativeType = mock(IssueType.class);
    private final List<IssueType> types = new ArrayList<>();
    private final Map<String, Collection<CustomField>> fieldsByName = new HashMap<>();
    private final JiraContextNode global = mock(JiraContextNode.class);
    private MockedStatic<GlobalIssueContext> globalContext;

    @AfterEach
    void releaseStatic() {
        globalContext.close();
    }

    @BeforeEach
    void setUp() throws GenericEntityException {
        globalContext = mockStatic(GlobalIssueContext.class);
        globalContext.when(GlobalIssueContext::getInstance).thenReturn(global);
        when(locks.getLockForName(Provisioner.LOCK)).thenReturn(lock);
        when(initiativeType.getName()).thenReturn("Initiative");
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(types));
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(DEFAULT_AVATAR);
        when(issueTypes.createIssueType(eq("Initiative"), anyString(), any(Long.class))).thenAnswer(call -> {
            types.add(initiativeType);
            return initiativeType;
        });
        when(customFields.getCustomFieldObjectsByName(anyString()))
                .thenAnswer(call -> fieldsByName.getOrDefault(call.getArgument(0, String.class), List.of()));
        when(customFields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                .thenAnswer(call -> {
                    fieldsByName.put(call.getArgument(0), List.of(mock(CustomField.class)));
                    return null;
                });
        when(linkTypes.getIssueLinkTypesByName(DeliveryLinkType.NAME)).thenAnswer(call -> List.copyOf(linkTypesNamedDelivery));
        org.mockito.Mockito.doAnswer(call -> linkTypesNamedDelivery.add(mock(IssueLinkType.class)))
                .when(linkTypes).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    void firstRunCreatesTheTypeAndThreeFieldsScopedToIt() throws GenericEntityException {
        CustomFieldType<?, ?> userPicker = mock(CustomFieldType.class);
        CustomFieldSearcher userSearcher = mock(CustomFieldSearcher.class);
        when(customFields.getCustomFieldType("com.atlassian.jira.plugin.system.customfieldtypes:userpicker"))
                .thenReturn(userPicker);
        when(customFields.getCustomFieldSearcher(
                "com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher")).thenReturn(userSearcher);

        ProvisioningReport report = new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision();

        assertThat(report.created()).containsExactly("issue type Initiative", "field Initiative owner",
                "field Success metric", "field Evidence horizon", "link type Throughline delivery");
        assertThat(report.existing()).isEmpty();
        verify(customFields).createCustomField(eq("Initiative owner"), anyString(), eq(userPicker), eq(userSearcher),
                eq(List.of(global)), eq(List.of(initiativeType)));
    }

    @Test
    void theIssueTypeGetsJirasDefaultIssueTypeAvatarNeverNull() {
        new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision();

        // Jira's createIssueType asserts a non-null avatar id; the icon-URL overload is deprecated.
        verify(issueTypes).createIssueType(eq("Initiative"), anyString(), eq(DEFAULT_AVATAR));
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any(String.class));
    }

    @Test
    void withoutADefaultAvatarProvisioningStopsBeforeCreatingAnythingAndSaysWhy() throws GenericEntityException {
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(null);

        assertThatThrownBy(() -> new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("default issue-type avatar");
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any(Long.class));
        verify(customFields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(lock).unlock();
    }

    @Test
    void secondRunChangesNothingAndReportsWhatExisted() throws GenericEntityException {
        Provisioner provisioner = new Provisioner(issueTypes, avatars, customFields, linkTypes, locks);
        provisioner.provision();

        ProvisioningReport again = provisioner.provision();

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).containsExactly("issue type Initiative", "field Initiative owner",
                "field Success metric", "field Evidence horizon", "link type Throughline delivery");
        verify(issueTypes).createIssueType(eq("Initiative"), anyString(), any(Long.class));
        verify(customFields, org.mockito.Mockito.times(3))
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(linkTypes).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    void runsUnderTheClusterLockAndReleasesItWhenJiraFails() throws GenericEntityException {
        when(customFields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                .thenThrow(new GenericEntityException("database is read-only"));

        assertThatThrownBy(() -> new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Initiative owner");
        InOrder order = inOrder(lock, issueTypes);
        order.verify(lock).lock();
        order.verify(issueTypes).getIssueTypes();
        order.verify(lock).unlock();
    }

    @Test
    void existingTypeIsFoundWhateverItsCase() throws GenericEntityException {
        IssueType lower = mock(IssueType.class);
        when(lower.getName()).thenReturn("initiative");
        types.add(lower);

        new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any(Long.class));
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any(String.class));
        verify(customFields).createCustomField(eq("Success metric"), anyString(), any(), any(), anyList(),
                eq(List.of(lower)));
    }

    @Test
    void theDeliveryLinkTypeReadsIsDeliveredByOutwardAndDeliversInwardWithoutAStyle() {
        new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision();

        // A user link type has no style: Jira's own link type service creates them with null.
        verify(linkTypes).createIssueLinkType("Throughline delivery", "is delivered by", "delivers", null);
    }

    @Test
    void anExistingDeliveryLinkTypeIsKeptAsItIsEvenIfAnAdminReworded() {
        IssueLinkType reworded = mock(IssueLinkType.class);
        when(reworded.getOutward()).thenReturn("is shipped by");
        linkTypesNamedDelivery.add(reworded);

        ProvisioningReport report = new Provisioner(issueTypes, avatars, customFields, linkTypes, locks).provision();

        assertThat(report.existing()).containsExactly("link type Throughline delivery");
        verify(linkTypes, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }
}
