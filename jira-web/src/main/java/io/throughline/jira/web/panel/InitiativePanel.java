package io.throughline.jira.web.panel;

import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.web.view.Choice;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.util.Arrays;
import java.util.List;

/**
 * The initiative issue panel as one immutable value, independent of the host: Jira's web panel and
 * the preview render the same template from it. Every string getter ends in {@code Html} and
 * returns escaped text; the rest are booleans, numbers and lists of such values.
 */
public final class InitiativePanel {

    /** The name the templates use for the panel in their context. */
    public static final String CONTEXT_KEY = "panel";
    public static final String TEMPLATE = "templates/panel/initiative-panel.vm";

    private final PanelHeader header;
    private final PanelLabels labels;
    private final List<GateSection> gates;
    private final String stageNoteHtml;
    private final MetricView metric;
    private final HorizonView horizon;
    private final EvidenceSection evidence;
    private final DependencySection dependencies;
    private final DeliverySection delivery;
    private final CommitmentSection commitment;
    private final AssumptionSection assumptions;
    private final DeliverySystemSection deliverySystem;
    private final SignalSection signals;
    private final List<Choice> evidenceKinds;
    private final boolean canEdit;

    InitiativePanel(PanelHeader header, ViewText text, List<GateSection> gates, String stageNoteHtml,
                    MetricView metric, HorizonView horizon, EvidenceSection evidence, DependencySection dependencies,
                    DeliverySection delivery, CommitmentSection commitment, AssumptionSection assumptions,
                    DeliverySystemSection deliverySystem, SignalSection signals, boolean canEdit) {
        this.signals = signals;
        this.delivery = delivery;
        this.deliverySystem = deliverySystem;
        this.commitment = commitment;
        this.assumptions = assumptions;
        this.header = header;
        this.labels = new PanelLabels(text);
        this.gates = List.copyOf(gates);
        this.stageNoteHtml = stageNoteHtml;
        this.metric = metric;
        this.horizon = horizon;
        this.evidence = evidence;
        this.dependencies = dependencies;
        this.evidenceKinds = Arrays.stream(EvidenceKind.values())
                .map(kind -> Choice.of(kind.name(), text.text("throughline.web.evidence.kind." + kind.name())))
                .toList();
        this.canEdit = canEdit;
    }

    /** The assumptions the bet rests on and their state. */
    public AssumptionSection getAssumptions() {
        return assumptions;
    }

    /** What was committed, and what has changed since without a decision accepting it. */
    public CommitmentSection getCommitment() {
        return commitment;
    }

    /** The work that delivers the initiative, as the viewer may see it. */
    public DeliverySection getDelivery() {
        return delivery;
    }

    public String getKeyHtml() {
        return header.keyHtml();
    }

    public String getSummaryHtml() {
        return header.summaryHtml();
    }

    public String getStageHtml() {
        return header.stageHtml();
    }

    /** The initiative's own (owning) team. */
    public String getTeamHtml() {
        return header.teamHtml();
    }

    public boolean isHasOwner() {
        return header.hasOwner();
    }

    /** The owner's picture as the host shows it (AUI avatar markup), or empty. */
    public String getOwnerAvatarHtml() {
        return header.ownerAvatarHtml();
    }

    public String getOwnerHtml() {
        return header.ownerHtml();
    }

    /** Where the panel's script sends its requests, e.g. {@code /jira/rest/throughline/1.0}. */
    public String getRestBaseHtml() {
        return header.restBaseHtml();
    }

    /** Today's date (yyyy-mm-dd), the default and latest "observed on" for new evidence. */
    public String getTodayHtml() {
        return header.todayHtml();
    }

    public PanelLabels getLabels() {
        return labels;
    }

    /** The gates ahead of the stage, in order: the commit gate for a bet, outcome and invalidation once shipped. */
    public List<GateSection> getGates() {
        return gates;
    }

    public boolean isHasGates() {
        return !gates.isEmpty();
    }

    /** What a stage with no gate ahead reads as (in delivery, or closed); empty when a gate is ahead. */
    public String getStageNoteHtml() {
        return stageNoteHtml;
    }

    /** Closed initiatives (validated, invalidated, abandoned) are read-only: no forms, no actions. */
    public boolean isReadOnly() {
        return header.closed();
    }

    public MetricView getMetric() {
        return metric;
    }

    public HorizonView getHorizon() {
        return horizon;
    }

    /** The DORA figures of the initiative's delivery, when the host keeps delivery events. */
    public SignalSection getSignals() {
        return signals;
    }

    public DeliverySystemSection getDeliverySystem() {
        return deliverySystem;
    }

    /** The ledger as it reads today, newest first. */
    public List<EvidenceRow> getEvidence() {
        return evidence.current();
    }

    public boolean isHasEvidence() {
        return !evidence.current().isEmpty();
    }

    /** An assistant's entries no person has confirmed yet (no gate counts them), newest first. */
    public List<EvidenceRow> getProposedEvidence() {
        return evidence.proposed();
    }

    public boolean isHasProposedEvidence() {
        return !evidence.proposed().isEmpty();
    }

    /** The viewer may confirm a proposal: they edit the issue and the initiative is not closed. */
    public boolean isCanConfirmEvidence() {
        return isCanAddEvidence();
    }

    /** Entries a later entry corrected, newest first. */
    public List<EvidenceRow> getSupersededEvidence() {
        return evidence.superseded();
    }

    public boolean isHasSupersededEvidence() {
        return !evidence.superseded().isEmpty();
    }

    public List<DependencyRow> getDependencies() {
        return dependencies.rows();
    }

    public boolean isHasDependencies() {
        return !dependencies.rows().isEmpty();
    }

    /** Requests the initiative withdrew: on record, counted nowhere; one line each. */
    public List<TextLine> getWithdrawn() {
        return dependencies.withdrawn();
    }

    public boolean isHasWithdrawn() {
        return !dependencies.withdrawn().isEmpty();
    }

    /** The worst health among the dependencies, in words; empty without dependencies. */
    public String getRollUpHtml() {
        return dependencies.rollUpHtml();
    }

    public String getRollUpLozengeClassHtml() {
        return dependencies.rollUpLozengeClassHtml();
    }

    public List<Choice> getEvidenceKinds() {
        return evidenceKinds;
    }

    /** The viewer may edit the issue and the initiative is still open, so may record evidence. */
    public boolean isCanAddEvidence() {
        return canEdit && !header.closed();
    }

    /** The viewer may edit the issue and the initiative still takes dependencies (it is not closed). */
    public boolean isCanRequestDependencies() {
        return canEdit && !header.closed();
    }

    public int getEvidenceSummaryMaxLength() {
        return NewEvidence.MAX_SUMMARY;
    }

    public int getSourceUrlMaxLength() {
        return SourceUrl.MAX_LENGTH;
    }

    public int getDeclineReasonMaxLength() {
        return DependencyChange.MAX_REASON;
    }

    /** Key facts of the initiative, escaped. */
    record PanelHeader(String keyHtml, String summaryHtml, String stageHtml, String teamHtml, boolean hasOwner,
                       String ownerHtml, String ownerAvatarHtml,
                       String restBaseHtml, String todayHtml, boolean closed) {
    }

    /** Current and superseded ledger entries. */
    record EvidenceSection(List<EvidenceRow> current, List<EvidenceRow> proposed, List<EvidenceRow> superseded) {
    }

    /** Dependency rows and their roll-up. */
    record DependencySection(List<DependencyRow> rows, String rollUpHtml, String rollUpLozengeClassHtml,
                             List<TextLine> withdrawn) {
    }
}
