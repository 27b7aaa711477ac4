package io.throughline.jira.web.panel;

import io.throughline.core.gate.PolicyResult;
import io.throughline.web.view.Html;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.util.List;

/** One commit-gate policy on the readiness checklist: its name, ✓/✗ and what is missing. */
public final class ChecklistItem {

    private final String policyIdHtml;
    private final String labelHtml;
    private final boolean satisfied;
    private final List<TextLine> messages;

    private ChecklistItem(String policyIdHtml, String labelHtml, boolean satisfied, List<TextLine> messages) {
        this.policyIdHtml = policyIdHtml;
        this.labelHtml = labelHtml;
        this.satisfied = satisfied;
        this.messages = List.copyOf(messages);
    }

    static ChecklistItem of(PolicyResult result, ViewText text) {
        return new ChecklistItem(Html.escape(result.policy().id()),
                text.html("throughline.web.policy." + result.policy().id()),
                result.satisfied(),
                result.violations().stream().map(v -> TextLine.of(text.text(v.message()))).toList());
    }

    public String getPolicyIdHtml() {
        return policyIdHtml;
    }

    public String getLabelHtml() {
        return labelHtml;
    }

    public boolean isSatisfied() {
        return satisfied;
    }

    public List<TextLine> getMessages() {
        return messages;
    }

    public boolean isHasMessages() {
        return !messages.isEmpty();
    }
}
