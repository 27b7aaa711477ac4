package io.throughline.jira.web.panel;

import io.throughline.core.common.People;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyAction;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.StatusCategory;
import io.throughline.web.view.AvatarHtml;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One dependency of the initiative with its derived health and reasons in words, and the answers
 * the viewer may give: answers only for members of the providing team, withdrawing and reopening
 * only for the consumer's editors, and only actions legal from its state.
 */
public final class DependencyRow {

    private final String idHtml;
    private final int version;
    private final String providerTeamHtml;
    private final String providerIssueHtml;
    private final String providerWorkHtml;
    private final String providerWorkClassHtml;
    private final String descriptionHtml;
    private final String stateHtml;
    private final String healthHtml;
    private final String lozengeClassHtml;
    private final List<TextLine> reasons;
    private final boolean lateDiscovered;
    private final String neededByHtml;
    private final String committedDateHtml;
    private final String requestedByHtml;
    private final String requestedByAvatarHtml;
    private final String answeredByHtml;
    private final boolean canCommit;
    private final boolean canDecline;
    private final boolean canDeliver;
    private final boolean canRevise;
    private final boolean canWithdraw;
    private final boolean canReopen;
    private final String interactionHtml;
    private final String noInteractionContractHtml;

    private DependencyRow(DependencyStatus status, boolean actsForProvider, boolean editsConsumer,
                          Optional<DeliveryItem> providerWork, People people, ViewText text, ZoneId zone) {
        Dependency dependency = status.dependency();
        DependencyState state = dependency.state();
        this.idHtml = Html.escape(dependency.id().toString());
        this.version = dependency.version();
        this.providerTeamHtml = Html.escape(dependency.providerTeam().name());
        this.providerIssueHtml = Html.escape(dependency.providerIssue().map(Object::toString).orElse(""));
        this.providerWorkHtml = Html.escape(providerWork.map(DeliveryItem::status).orElse(""));
        this.providerWorkClassHtml = Html.escape(providerWork.map(item -> categoryLozenge(item.category())).orElse(""));
        this.descriptionHtml = Html.escape(dependency.description());
        this.stateHtml = text.html("throughline.web.dependency.state." + state.name());
        this.healthHtml = text.html("throughline.web.health." + status.health().name());
        this.lozengeClassHtml = Html.escape(HealthLozenge.cssClass(status.health()));
        this.reasons = status.reasons().stream()
                .map(reason -> TextLine.of(text.text(reason.describe(dependency)))).toList();
        this.lateDiscovered = status.lateDiscovered();
        this.neededByHtml = Html.escape(dependency.neededBy().toString());
        this.committedDateHtml = Html.escape(dependency.committedDate().map(Object::toString).orElse(""));
        this.requestedByHtml = Html.escape(people.displayName(dependency.request().requestedBy()));
        this.requestedByAvatarHtml = AvatarHtml.of(people.avatarUrl(dependency.request().requestedBy()));
        this.answeredByHtml = dependency.lastChange()
                .map(change -> text.html(answeredKey(change),
                        people.displayName(change.by()), change.at().atZone(zone).toLocalDate()))
                .orElse("");
        this.canCommit = actsForProvider && DependencyAction.COMMIT.allowedFrom(state);
        this.canDecline = actsForProvider && DependencyAction.DECLINE.allowedFrom(state);
        this.canDeliver = actsForProvider && DependencyAction.DELIVER.allowedFrom(state);
        this.canRevise = actsForProvider && DependencyAction.REVISE.allowedFrom(state);
        this.canWithdraw = editsConsumer && DependencyAction.WITHDRAW.allowedFrom(state);
        this.canReopen = editsConsumer && DependencyAction.REOPEN.allowedFrom(state);
        this.interactionHtml = status.interaction()
                .map(pair -> text.html("throughline.web.interaction.with-sla",
                        text.text("throughline.web.interaction.mode." + pair.mode().name()), pair.ackSlaDays()))
                .orElse("");
        this.noInteractionContractHtml = status.noInteractionContractReason().map(text::html).orElse("");
    }

    /**
     * {@code actsForProvider}: the host's {@code PermissionCheck.canActForTeam} for the providing team;
     * {@code providerWork}: the provider issue as the initiative's trace found it, when it is in the
     * trace the viewer may see; {@code people} names who asked and who answered; {@code zone} is the
     * viewer's, for the day of the answer.
     */
    static DependencyRow of(DependencyStatus status, boolean actsForProvider, boolean editsConsumer,
                            Optional<DeliveryItem> providerWork, People people, ViewText text, ZoneId zone) {
        return new DependencyRow(status, actsForProvider, editsConsumer, providerWork, people, text, zone);
    }

    /** The latest change in words: revisions and reopenings have their own; the rest name the state reached. */
    private static String answeredKey(DependencyChange change) {
        return switch (change.action()) {
            case REVISE -> "throughline.web.dependency.answered-by.revised";
            case REOPEN -> "throughline.web.dependency.answered-by.reopened";
            default -> "throughline.web.dependency.answered-by." + change.to().name();
        };
    }

    /** The two teams' declared way of working: "X as a service, answered within 2 days"; empty without one. */
    public String getInteractionHtml() {
        return interactionHtml;
    }

    public boolean isHasInteraction() {
        return !interactionHtml.isEmpty();
    }

    /** Two different teams with no declared way of working: shown, never counted in health. */
    public boolean isNoInteractionContract() {
        return !noInteractionContractHtml.isEmpty();
    }

    /** Why: "Growth and Identity have no agreed way of working together". */
    public String getNoInteractionContractHtml() {
        return noInteractionContractHtml;
    }

    /** The provider may move its committed date. */
    public boolean isCanRevise() {
        return canRevise;
    }

    /** The consumer's editors may take the request back. */
    public boolean isCanWithdraw() {
        return canWithdraw;
    }

    /** The consumer's editors may ask again after a decline. */
    public boolean isCanReopen() {
        return canReopen;
    }

    /** Jira's colours for a status category: grey to do, blue in progress, green done. */
    static String categoryLozenge(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "aui-lozenge";
            case IN_PROGRESS -> "aui-lozenge aui-lozenge-current";
            case DONE -> "aui-lozenge aui-lozenge-success";
        };
    }

    /** Whether the provider issue is in the initiative's delivery trace (its status is then shown). */
    public boolean isProviderWorkTraced() {
        return !providerWorkHtml.isEmpty();
    }

    /** The provider issue's status as Jira names it ("In Progress"). */
    public String getProviderWorkHtml() {
        return providerWorkHtml;
    }

    /** The AUI lozenge classes of that status's category. */
    public String getProviderWorkClassHtml() {
        return providerWorkClassHtml;
    }

    /** The requester's display name. */
    public String getRequestedByHtml() {
        return requestedByHtml;
    }

    /** The requester's picture (AUI avatar markup), or empty. */
    public String getRequestedByAvatarHtml() {
        return requestedByAvatarHtml;
    }

    /** "Committed by Priya Raman on 2026-03-02" for the latest answer; empty while unanswered. */
    public String getAnsweredByHtml() {
        return answeredByHtml;
    }

    public boolean isAnswered() {
        return !answeredByHtml.isEmpty();
    }

    public String getIdHtml() {
        return idHtml;
    }

    /** The version a writer must hold to change the dependency (sent back for optimistic locking). */
    public int getVersion() {
        return version;
    }

    public String getProviderTeamHtml() {
        return providerTeamHtml;
    }

    public boolean isHasProviderIssue() {
        return !providerIssueHtml.isEmpty();
    }

    public String getProviderIssueHtml() {
        return providerIssueHtml;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getStateHtml() {
        return stateHtml;
    }

    public String getHealthHtml() {
        return healthHtml;
    }

    /** The AUI lozenge modifier class for the health (success, current, moved, removed). */
    public String getLozengeClassHtml() {
        return lozengeClassHtml;
    }

    public List<TextLine> getReasons() {
        return reasons;
    }

    public boolean isHasReasons() {
        return !reasons.isEmpty();
    }

    /** Requested after the consumer initiative was committed. */
    public boolean isLateDiscovered() {
        return lateDiscovered;
    }

    public String getNeededByHtml() {
        return neededByHtml;
    }

    public boolean isHasCommittedDate() {
        return !committedDateHtml.isEmpty();
    }

    public String getCommittedDateHtml() {
        return committedDateHtml;
    }

    public boolean isCanCommit() {
        return canCommit;
    }

    public boolean isCanDecline() {
        return canDecline;
    }

    public boolean isCanDeliver() {
        return canDeliver;
    }

    public boolean isHasActions() {
        return canCommit || canDecline || canDeliver || canRevise || canWithdraw || canReopen;
    }
}
