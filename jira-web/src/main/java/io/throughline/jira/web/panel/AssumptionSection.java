package io.throughline.jira.web.panel;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionStatus;
import io.throughline.core.common.People;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.web.view.Choice;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.util.List;

/**
 * The assumptions the bet rests on, each with its state, how it was settled, and (for someone who may
 * edit an open record) a form to confirm or refute it with one of the ledger's current entries.
 */
public final class AssumptionSection {

    /** One assumption as shown. */
    public static final class Row {
        private final String idHtml;
        private final String textHtml;
        private final String statusNameHtml;
        private final String statusHtml;
        private final String lozengeClassHtml;
        private final String settledHtml;

        Row(Assumption assumption, People people, ViewText text, ZoneId zone) {
            AssumptionStatus status = assumption.status();
            this.idHtml = Html.escape(assumption.id().toString());
            this.textHtml = Html.escape(assumption.text());
            this.statusNameHtml = Html.escape(status.name());
            this.statusHtml = text.html("throughline.web.assumption.status." + status.name());
            this.lozengeClassHtml = Html.escape(switch (status) {
                case OPEN -> "aui-lozenge";
                case CONFIRMED -> "aui-lozenge aui-lozenge-success";
                case REFUTED -> "aui-lozenge aui-lozenge-removed";
            });
            this.settledHtml = assumption.latest().map(resolution -> text.html("throughline.web.assumption.settled",
                    resolution.evidence().toString(), people.displayName(resolution.by()),
                    resolution.at().atZone(zone).toLocalDate().toString())).orElse("");
        }

        public String getIdHtml() {
            return idHtml;
        }

        public String getTextHtml() {
            return textHtml;
        }

        /** OPEN, CONFIRMED or REFUTED, for scripts and tests. */
        public String getStatusNameHtml() {
            return statusNameHtml;
        }

        public String getStatusHtml() {
            return statusHtml;
        }

        public String getLozengeClassHtml() {
            return lozengeClassHtml;
        }

        /** Not yet settled: the panel offers to resolve it (settling it again stays possible over REST). */
        public boolean isOpen() {
            return settledHtml.isEmpty();
        }

        public boolean isSettled() {
            return !settledHtml.isEmpty();
        }

        /** "Settled by entry 4 (Priya, 2026-03-02)". */
        public String getSettledHtml() {
            return settledHtml;
        }
    }

    private final List<Row> rows;
    private final List<Choice> statuses;
    private final List<Choice> entries;
    private final boolean canWrite;

    AssumptionSection(List<Assumption> assumptions, List<EvidenceEntry> current, boolean canWrite, People people,
                      ViewText text, ZoneId zone) {
        this.rows = assumptions.stream().map(a -> new Row(a, people, text, zone)).toList();
        this.statuses = List.of(AssumptionStatus.CONFIRMED, AssumptionStatus.REFUTED).stream()
                .map(s -> Choice.of(s.name(), text.text("throughline.web.assumption.status." + s.name()))).toList();
        this.entries = current.stream().map(entry -> Choice.of(entry.id().toString(),
                text.text("throughline.web.assumption.entry", entry.id().toString(), entry.summary()))).toList();
        this.canWrite = canWrite;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    /** Whether the viewer may list and resolve (may edit the initiative, and its record is open). */
    public boolean isCanWrite() {
        return canWrite;
    }

    /** Whether the resolve form has an entry to point at. */
    public boolean isCanResolve() {
        return canWrite && !entries.isEmpty();
    }

    public List<Choice> getStatuses() {
        return statuses;
    }

    /** The ledger's current entries, newest last, to settle an assumption with. */
    public List<Choice> getEntries() {
        return entries;
    }

    public int getTextMaxLength() {
        return Assumption.MAX_TEXT;
    }
}
