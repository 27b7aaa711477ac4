package io.throughline.jira.web.json;

import io.throughline.core.evidence.EvidenceForm;

/**
 * A POSTed evidence entry. Every field is text; a number sent for observedValue or supersedes is
 * read as its digits, a number or boolean anywhere else is refused, and the core reports what is
 * wrong, field by field.
 */
public record EvidenceRequest(String kind, String summary, String sourceUrl, @NumberAccepted String observedValue,
                              String observedOn, @NumberAccepted String supersedes, @NumberAccepted String accepts) {

    public EvidenceForm toForm() {
        return new EvidenceForm(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts);
    }
}
