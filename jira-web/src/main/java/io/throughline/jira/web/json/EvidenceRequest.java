package io.throughline.jira.web.json;

import io.throughline.core.evidence.EvidenceForm;
import java.util.List;

/**
 * A POSTed evidence entry. Every field is text; a number sent for observedValue or supersedes is
 * read as its digits, a number or boolean anywhere else is refused, and the core reports what is
 * wrong, field by field.
 */
public record EvidenceRequest(String kind, String summary, String sourceUrl, @NumberAccepted String observedValue,
                              String observedOn, @NumberAccepted String supersedes, @NumberAccepted String accepts,
                              List<String> decidedBy, List<String> options, String chosen, String rationale,
                              String revisitOn) {

    /** A decision's people and options arrive as JSON arrays; the form takes them one per line. */
    public EvidenceForm toForm() {
        return new EvidenceForm(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts,
                lines(decidedBy), lines(options), chosen, rationale, revisitOn);
    }

    private static String lines(List<String> values) {
        return values == null ? null : String.join("\n", values.stream().map(v -> v == null ? "" : v).toList());
    }
}
