package io.throughline.jira.web.panel;

import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateReport;
import io.throughline.web.view.GateWords;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.List;

/** One gate ahead of the initiative's stage on the panel: its question, verdict and checklist. */
public final class GateSection {

    private final String gateIdHtml;
    private final String headingHtml;
    private final boolean passed;
    private final String summaryHtml;
    private final List<ChecklistItem> checklist;
    private final String defaultsNoteHtml;

    private GateSection(String gateIdHtml, String headingHtml, boolean passed, String summaryHtml,
                        List<ChecklistItem> checklist, String defaultsNoteHtml) {
        this.gateIdHtml = gateIdHtml;
        this.headingHtml = headingHtml;
        this.passed = passed;
        this.summaryHtml = summaryHtml;
        this.checklist = List.copyOf(checklist);
        this.defaultsNoteHtml = defaultsNoteHtml;
    }

    static GateSection of(GateAhead judged, ViewText text) {
        GateReport report = judged.report();
        // The count is of ✗ items, so it matches what the checklist shows (a policy may report several problems).
        int failing = (int) report.results().stream().filter(result -> !result.satisfied()).count();
        boolean passed = report.verdict().fold(() -> true, violations -> false);
        String summary = passed ? text.html(GateWords.passedKey(report.gate()))
                : text.html(GateWords.blockedKey(report.gate()), failing);
        List<ChecklistItem> items = report.results().stream().map(result -> ChecklistItem.of(result, text)).toList();
        return new GateSection(Html.escape(report.gate()), text.html(GateWords.headingKey(report.gate())), passed,
                summary, items, judged.onDefaults() ? text.html("throughline.web.gate.on-defaults") : "");
    }

    /** Said when no transition out of the current status carries this gate: it was judged with the app's defaults. */
    public String getDefaultsNoteHtml() {
        return defaultsNoteHtml;
    }

    public boolean isOnDefaults() {
        return !defaultsNoteHtml.isEmpty();
    }

    public String getGateIdHtml() {
        return gateIdHtml;
    }

    public String getHeadingHtml() {
        return headingHtml;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getSummaryHtml() {
        return summaryHtml;
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }
}
