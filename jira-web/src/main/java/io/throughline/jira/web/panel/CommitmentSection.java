package io.throughline.jira.web.panel;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.contract.ContractField;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.web.view.Choice;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What was committed and what has drifted from it since: "Committed on 2026-03-02 by Priya", and for
 * each field changed without a decision accepting the change, "Target changed after commit: 30% →
 * 26%, not accepted", with the change a decision may accept offered in the evidence form.
 */
public final class CommitmentSection {

    private final String committedHtml;
    private final List<TextLine> drift;
    private final List<Choice> pending;
    private final String hintHtml;

    private CommitmentSection(String committedHtml, List<TextLine> drift, List<Choice> pending, String hintHtml) {
        this.committedHtml = committedHtml;
        this.drift = List.copyOf(drift);
        this.pending = List.copyOf(pending);
        this.hintHtml = hintHtml;
    }

    /** An initiative never committed (or committed before the app kept commitments): nothing to show. */
    static CommitmentSection none() {
        return new CommitmentSection("", List.of(), List.of(), "");
    }

    static CommitmentSection of(Contract contract, Initiative current, People people, ViewText text, ZoneId zone) {
        List<TextLine> drift = new ArrayList<>();
        List<Choice> pending = new ArrayList<>();
        for (ContractField field : ContractField.values()) {
            if (!contract.drift().contains(field)) {
                continue;
            }
            Optional<Contract.Change> change = contract.pending(field);
            drift.add(TextLine.of(text.text("throughline.web.contract.drift." + field.name(),
                    shown(field, contract.inForce().get(field), people, text),
                    shown(field, ContractChange.valueOf(field, current), people, text))));
            change.ifPresent(c -> pending.add(Choice.of(c.change().id().toString(),
                    text.text("throughline.web.contract.choice", c.change().id().toString(),
                            text.text("throughline.web.contract.field." + field.name())))));
        }
        return new CommitmentSection(
                text.html("throughline.web.contract.committed",
                        contract.commitment().at().atZone(zone).toLocalDate().toString(),
                        people.displayName(contract.commitment().by())),
                drift, pending,
                pending.isEmpty() ? "" : text.html("throughline.web.contract.drift.hint"));
    }

    /** A value as people read it: a person by name, a metric by its target, a date; "none" for none. */
    private static String shown(ContractField field, Optional<String> value, People people, ViewText text) {
        if (value.isEmpty()) {
            return text.text("throughline.web.contract.value.none");
        }
        return switch (field) {
            case OWNER -> people.displayName(new UserRef(value.get()));
            case SUCCESS_METRIC -> SuccessMetricParser.parse(value.get()) instanceof MetricParse.Valid valid
                    ? valid.metric().target().toString() : value.get();
            case EVIDENCE_HORIZON -> value.get();
        };
    }

    public boolean isCommitted() {
        return !committedHtml.isEmpty();
    }

    public String getCommittedHtml() {
        return committedHtml;
    }

    public boolean isHasDrift() {
        return !drift.isEmpty();
    }

    /** One line per field changed since the commitment without a decision accepting the change. */
    public List<TextLine> getDrift() {
        return drift;
    }

    /** The changes a decision recorded in the form may accept. */
    public List<Choice> getPendingChanges() {
        return pending;
    }

    public boolean isHasPendingChanges() {
        return !pending.isEmpty();
    }

    /** How to accept a change: record a decision that names it. */
    public String getHintHtml() {
        return hintHtml;
    }
}
