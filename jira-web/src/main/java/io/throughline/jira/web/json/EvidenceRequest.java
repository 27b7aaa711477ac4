package io.throughline.jira.web.json;

import io.throughline.core.evidence.EvidenceForm;
import java.util.List;

/**
 * A POSTed evidence entry. Every field is text; a number sent for observedValue or supersedes is
 * read as its digits, a number or boolean anywhere else is refused, and the core reports what is
 * wrong, field by field. {@code provenance} is {@code PERSON} (the default), {@code INTEGRATION} or
 * {@code ASSISTANT}, with the {@code tool} that made it; {@code contextVersion} the version of the
 * initiative's context the entry was written against.
 */
public record EvidenceRequest(String kind, String summary, String sourceUrl, @NumberAccepted String observedValue,
                              String observedOn, @NumberAccepted String supersedes, @NumberAccepted String accepts,
                              List<String> decidedBy, List<String> options, String chosen, String rationale,
                              String revisitOn, String provenance, String tool, String contextVersion) {

    /** A request that says nothing of how it was made (a person's) or of a context version. */
    public EvidenceRequest(String kind, String summary, String sourceUrl, String observedValue, String observedOn,
                           String supersedes, String accepts, List<String> decidedBy, List<String> options,
                           String chosen, String rationale, String revisitOn) {
        this(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts, decidedBy, options, chosen,
                rationale, revisitOn, null, null, null);
    }

    /** A decision's people and options arrive as JSON arrays; the form takes them one per line. */
    public EvidenceForm toForm() {
        return new EvidenceForm(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts,
                lines(decidedBy), lines(options), chosen, rationale, revisitOn, provenance, tool, contextVersion);
    }

    private static String lines(List<String> values) {
        return values == null ? null : String.join("\n", values.stream().map(v -> v == null ? "" : v).toList());
    }
}
