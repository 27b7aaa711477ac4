package io.throughline.jira.web.panel;

import io.throughline.core.common.People;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.web.view.AvatarHtml;
import io.throughline.web.view.Href;
import io.throughline.web.view.Html;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One ledger entry for the panel; a source becomes a link only when {@link Href} allows it. */
public final class EvidenceRow {

    private final String idHtml;
    private final String kindHtml;
    private final String summaryHtml;
    private final boolean hasSource;
    private final Optional<String> sourceHref;
    private final String sourceTextHtml;
    private final String observedValueHtml;
    private final String observedOnHtml;
    private final String recordedByHtml;
    private final String recordedByAvatarHtml;
    private final String supersedesHtml;
    private final String supersededByHtml;
    private final List<TextLine> decision;

    private EvidenceRow(EvidenceEntry entry, Optional<EvidenceId> supersededBy, String recordedBy,
                        String recordedByAvatarHtml, List<TextLine> decision, ViewText text) {
        this.decision = List.copyOf(decision);
        this.idHtml = Html.escape(entry.id().toString());
        this.kindHtml = text.html("throughline.web.evidence.kind." + entry.kind().name());
        this.summaryHtml = Html.escape(entry.summary());
        // Shown as entered (an internationalised host as typed); linked in its ASCII form.
        String source = entry.source().map(Object::toString).orElse("");
        this.hasSource = entry.source().isPresent();
        this.sourceHref = entry.source().flatMap(url -> Href.attributeHtml(url.href()));
        this.sourceTextHtml = Html.escape(source);
        this.observedValueHtml = Html.escape(entry.observedValue().map(BigDecimal::toPlainString).orElse(""));
        this.observedOnHtml = Html.escape(entry.observedOn().toString());
        this.recordedByHtml = Html.escape(recordedBy);
        this.recordedByAvatarHtml = recordedByAvatarHtml;
        this.supersedesHtml = entry.supersedes()
                .map(id -> text.html("throughline.web.evidence.supersedes", id.toString())).orElse("");
        this.supersededByHtml = supersededBy
                .map(id -> text.html("throughline.web.evidence.superseded-by", id.toString())).orElse("");
    }

    static EvidenceRow of(EvidenceEntry entry, Optional<EvidenceId> supersededBy, People people, ViewText text) {
        return new EvidenceRow(entry, supersededBy, people.displayName(entry.recordedBy()),
                AvatarHtml.of(people.avatarUrl(entry.recordedBy())), decision(entry, people, text), text);
    }

    /** A decision's record, one line per part it has: who, the options and the choice, why, when to revisit. */
    private static List<TextLine> decision(EvidenceEntry entry, People people, ViewText text) {
        if (entry.decision().isEmpty()) {
            return List.of();
        }
        Decision record = entry.decision().get();
        List<TextLine> lines = new ArrayList<>();
        if (!record.decidedBy().isEmpty()) {
            lines.add(TextLine.of(text.text("throughline.web.decision.by",
                    String.join(", ", record.decidedBy().stream().map(people::displayName).toList()))));
        }
        if (!record.options().isEmpty()) {
            lines.add(TextLine.of(text.text("throughline.web.decision.options", String.join(" · ", record.options()))));
        }
        record.chosen().ifPresent(chosen -> lines.add(TextLine.of(text.text("throughline.web.decision.chosen", chosen))));
        record.rationale().ifPresent(why -> lines.add(TextLine.of(text.text("throughline.web.decision.rationale", why))));
        record.revisitOn().ifPresent(day -> lines.add(TextLine.of(text.text("throughline.web.decision.revisit",
                day.toString()))));
        return lines;
    }

    /** What the decision record says, one escaped line per part; empty for other entries. */
    public List<TextLine> getDecision() {
        return decision;
    }

    public boolean isHasDecision() {
        return !decision.isEmpty();
    }

    public String getIdHtml() {
        return idHtml;
    }

    public String getKindHtml() {
        return kindHtml;
    }

    public String getSummaryHtml() {
        return summaryHtml;
    }

    public boolean isHasSource() {
        return hasSource;
    }

    /** True when the source may be an {@code href}; otherwise it is shown as text. */
    public boolean isHasLink() {
        return sourceHref.isPresent();
    }

    /** The source escaped for an attribute; empty unless {@link #isHasLink()}. */
    public String getSourceHrefHtml() {
        return sourceHref.orElse("");
    }

    public String getSourceTextHtml() {
        return sourceTextHtml;
    }

    public boolean isHasObservedValue() {
        return !observedValueHtml.isEmpty();
    }

    public String getObservedValueHtml() {
        return observedValueHtml;
    }

    public String getObservedOnHtml() {
        return observedOnHtml;
    }

    public String getRecordedByHtml() {
        return recordedByHtml;
    }

    /** The recorder's picture (AUI avatar markup), or empty. */
    public String getRecordedByAvatarHtml() {
        return recordedByAvatarHtml;
    }

    /** "Corrects entry 3" when this entry supersedes another; empty otherwise. */
    public String getSupersedesHtml() {
        return supersedesHtml;
    }

    public boolean isHasSupersedes() {
        return !supersedesHtml.isEmpty();
    }

    /** "Corrected by entry 5" when a later entry supersedes this one; empty otherwise. */
    public String getSupersededByHtml() {
        return supersededByHtml;
    }

    public boolean isSuperseded() {
        return !supersededByHtml.isEmpty();
    }
}
