package io.throughline.jira.web.json;

import io.throughline.core.evidence.EvidenceForm;

/**
 * A POSTed evidence entry. Every field is text, so a number sent for observedValue or supersedes
 * is read as its digits and the core reports what is wrong, field by field.
 */
public record EvidenceRequest(String kind, String summary, String sourceUrl, String observedValue,
                              String observedOn, String supersedes) {

    public EvidenceForm toForm() {
        return new EvidenceForm(kind, summary, sourceUrl, observedValue, observedOn, supersedes);
    }
}
