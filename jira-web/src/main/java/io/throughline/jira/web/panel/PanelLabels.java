package io.throughline.jira.web.panel;

import io.throughline.web.view.ViewText;

/**
 * The panel's fixed words (headings, field names, button labels), rendered from the web bundle
 * in the viewer's locale and escaped; each key is {@code throughline.web.} plus the suffix used here.
 */
public final class PanelLabels {

    static final String PREFIX = "throughline.web.";

    private final ViewText text;

    PanelLabels(ViewText text) {
        this.text = text;
    }

    private String label(String suffix) {
        return text.html(PREFIX + suffix);
    }

    public String getErrorHeadingHtml() {
        return label("error.heading");
    }

    public String getErrorGenericHtml() {
        return label("error.generic");
    }

    public String getStageHtml() {
        return label("panel.stage");
    }

    public String getTeamHtml() {
        return label("panel.team");
    }

    public String getOwnerHtml() {
        return label("panel.owner");
    }

    public String getOwnerNoneHtml() {
        return label("panel.owner.none");
    }

    public String getStageNoteHeadingHtml() {
        return label("stage-note.heading");
    }

    public String getSatisfiedHtml() {
        return label("gate.satisfied");
    }

    public String getMissingHtml() {
        return label("gate.missing");
    }

    public String getMetricHeadingHtml() {
        return label("metric.heading");
    }

    public String getLatestReadingHtml() {
        return label("metric.latest");
    }

    public String getNoReadingHtml() {
        return label("metric.no-reading");
    }

    public String getHorizonHeadingHtml() {
        return label("horizon.heading");
    }

    public String getEvidenceHeadingHtml() {
        return label("evidence.heading");
    }

    public String getEvidenceNoneHtml() {
        return label("evidence.none");
    }

    /** Before the links to the initiative's context, which assistants and documents cite. */
    public String getContextHtml() {
        return label("evidence.context");
    }

    public String getContextJsonHtml() {
        return label("evidence.context.json");
    }

    public String getContextOrHtml() {
        return label("evidence.context.or");
    }

    public String getContextMarkdownHtml() {
        return label("evidence.context.markdown");
    }

    public String getSignalsHeadingHtml() {
        return label("signal.heading");
    }

    public String getDeliverySystemHeadingHtml() {
        return label("performance.heading");
    }

    public String getProposedHeadingHtml() {
        return label("evidence.proposed.heading");
    }

    public String getProposedNoteHtml() {
        return label("evidence.proposed.note");
    }

    public String getConfirmEvidenceHtml() {
        return label("evidence.confirm");
    }

    public String getConfirmEvidenceQuestionHtml() {
        return label("evidence.confirm.question");
    }

    public String getSupersededHeadingHtml() {
        return label("evidence.superseded.heading");
    }

    public String getSourceHtml() {
        return label("evidence.source");
    }

    public String getObservedValueHtml() {
        return label("evidence.observed-value");
    }

    public String getObservedOnHtml() {
        return label("evidence.observed-on");
    }

    public String getRecordedByHtml() {
        return label("evidence.recorded-by");
    }

    public String getFormHeadingHtml() {
        return label("evidence.form.heading");
    }

    public String getFormKindHtml() {
        return label("evidence.form.kind");
    }

    public String getFormSummaryHtml() {
        return label("evidence.form.summary");
    }

    public String getFormSourceHtml() {
        return label("evidence.form.source");
    }

    public String getFormValueHtml() {
        return label("evidence.form.value");
    }

    public String getFormObservedOnHtml() {
        return label("evidence.form.observed-on");
    }

    public String getFormSubmitHtml() {
        return label("evidence.form.submit");
    }

    public String getDependenciesHeadingHtml() {
        return label("dependency.heading");
    }

    public String getDependenciesNoneHtml() {
        return label("dependency.none");
    }

    public String getRollUpHtml() {
        return label("dependency.roll-up");
    }

    public String getProviderHtml() {
        return label("dependency.provider");
    }

    public String getDecisionFieldsHtml() {
        return label("decision.fields");
    }

    public String getDecidedByHtml() {
        return label("decision.decided-by");
    }

    public String getOptionsHtml() {
        return label("decision.options-field");
    }

    public String getChosenHtml() {
        return label("decision.chosen-field");
    }

    public String getRationaleHtml() {
        return label("decision.rationale-field");
    }

    public String getRevisitOnHtml() {
        return label("decision.revisit-field");
    }

    public String getWithdrawnHeadingHtml() {
        return label("dependency.withdrawn-heading");
    }

    public String getRequestHeadingHtml() {
        return label("dependency.request.heading");
    }

    public String getRequestTeamHtml() {
        return label("dependency.request.team");
    }

    public String getRequestIssueHtml() {
        return label("dependency.request.issue");
    }

    public String getRequestDescriptionHtml() {
        return label("dependency.request.description");
    }

    public String getRequestNeededByHtml() {
        return label("dependency.request.needed-by");
    }

    public String getRequestSubmitHtml() {
        return label("dependency.request.submit");
    }

    public String getAssumptionsHeadingHtml() {
        return label("assumption.heading");
    }

    public String getAssumptionsNoneHtml() {
        return label("assumption.none");
    }

    public String getAssumptionAddHtml() {
        return label("assumption.add");
    }

    public String getAssumptionTextHtml() {
        return label("assumption.text");
    }

    public String getAssumptionAddSubmitHtml() {
        return label("assumption.add-submit");
    }

    public String getAssumptionResolveAsHtml() {
        return label("assumption.resolve-as");
    }

    public String getAssumptionResolveWithHtml() {
        return label("assumption.resolve-with");
    }

    public String getAssumptionResolveSubmitHtml() {
        return label("assumption.resolve-submit");
    }

    public String getCommitmentHeadingHtml() {
        return label("contract.heading");
    }

    public String getAcceptsHtml() {
        return label("contract.accepts");
    }

    public String getAcceptsNothingHtml() {
        return label("contract.accepts.nothing");
    }

    /** The hover text of the provider issue's status when it is in the initiative's delivery trace. */
    public String getProviderWorkHtml() {
        return label("dependency.provider-work");
    }

    public String getDependencyStateHtml() {
        return label("dependency.state");
    }

    public String getRequestedByHtml() {
        return label("dependency.requested-by");
    }

    public String getNeededByHtml() {
        return label("dependency.needed-by");
    }

    public String getCommittedDateHtml() {
        return label("dependency.committed-date");
    }

    public String getReasonsHtml() {
        return label("dependency.reasons");
    }

    public String getLateDiscoveredHtml() {
        return label("dependency.late-discovered");
    }

    public String getLateDiscoveredTitleHtml() {
        return label("dependency.late-discovered.title");
    }

    public String getCommitHtml() {
        return label("dependency.action.commit");
    }

    public String getCommitDateHtml() {
        return label("dependency.action.commit-date");
    }

    public String getDeclineHtml() {
        return label("dependency.action.decline");
    }

    public String getDeclineReasonHtml() {
        return label("dependency.action.decline-reason");
    }

    public String getDeliverHtml() {
        return label("dependency.action.deliver");
    }

    public String getReviseHtml() {
        return label("dependency.action.revise");
    }

    public String getReviseDateHtml() {
        return label("dependency.action.revise-date");
    }

    public String getReviseReasonHtml() {
        return label("dependency.action.revise-reason");
    }

    public String getWithdrawHtml() {
        return label("dependency.action.withdraw");
    }

    public String getWithdrawReasonHtml() {
        return label("dependency.action.withdraw-reason");
    }

    public String getReopenHtml() {
        return label("dependency.action.reopen");
    }

    public String getReopenNeededByHtml() {
        return label("dependency.action.reopen-needed-by");
    }

    /** Asked before an irreversible action: marking delivered. */
    public String getConfirmDeliverHtml() {
        return label("dependency.confirm.deliver");
    }

    /** Asked before an irreversible action: withdrawing. */
    public String getConfirmWithdrawHtml() {
        return label("dependency.confirm.withdraw");
    }

    /** The heading of a dependency's way of working (its two teams' interaction mode). */
    public String getInteractionHtml() {
        return label("dependency.interaction");
    }

    /** The lozenge of a dependency between teams with no agreed way of working. */
    public String getNoInteractionContractHtml() {
        return label("dependency.no-interaction");
    }
}
