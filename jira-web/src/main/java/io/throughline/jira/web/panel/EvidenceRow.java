package io.throughline.jira.web.panel;

import io.throughline.core.common.People;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.Provenance;
import io.throughline.web.view.AvatarHtml;
import io.throughline.web.view.Href;
import io.throughline.web.view.Html;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.time.ZoneId;
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
    private final String provenanceHtml;
    private final String contextVersionHtml;

    private EvidenceRow(EvidenceEntry entry, Optional<EvidenceId> supersededBy, String recordedBy,
                        String recordedByAvatarHtml, List<TextLine> decision, String provenanceHtml, ViewText text) {
        this.decision = List.copyOf(decision);
        this.provenanceHtml = provenanceHtml;
        this.contextVersionHtml = entry.contextVersion()
                .map(version -> text.html("throughline.web.evidence.context-version", entry.initiative().value(), version))
                .orElse("");
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

    static EvidenceRow of(EvidenceEntry entry, Optional<EvidenceId> supersededBy, People people, ViewText text,
                          ZoneId zone) {
        return new EvidenceRow(entry, supersededBy, people.displayName(entry.recordedBy()),
                AvatarHtml.of(people.avatarUrl(entry.recordedBy())), decision(entry, people, text),
                provenance(entry, people, text, zone), text);
    }

    /**
     * How the entry was made, when not by a person: "Posted by an integration (CI)", "Proposed by the
     * assistant Copy assistant", or that and who confirmed it on which day. Empty for a person's entry.
     */
    private static String provenance(EvidenceEntry entry, People people, ViewText text, ZoneId zone) {
        Provenance made = entry.provenance();
        String tool = made.tool().orElse("");
        return switch (made.origin()) {
            case PERSON -> "";
            case INTEGRATION -> made.tool().isPresent()
                    ? text.html("throughline.web.evidence.provenance.integration-named", tool)
                    : text.html("throughline.web.evidence.provenance.integration");
            case ASSISTANT -> entry.confirmation()
                    .map(c -> text.html("throughline.web.evidence.provenance.assistant-confirmed", tool,
                            people.displayName(c.by()), c.at().atZone(zone).toLocalDate().toString()))
                    .orElseGet(() -> text.html("throughline.web.evidence.provenance.assistant", tool));
        };
    }

    /** How the entry was made when not by a person, escaped; empty for a person's entry. */
    public String getProvenanceHtml() {
        return provenanceHtml;
    }

    public boolean isHasProvenance() {
        return !provenanceHtml.isEmpty();
    }

    /** "Written against GROW-1@…" when the entry names the context version; empty otherwise. */
    public String getContextVersionHtml() {
        return contextVersionHtml;
    }

    public boolean isHasContextVersion() {
        return !contextVersionHtml.isEmpty();
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
