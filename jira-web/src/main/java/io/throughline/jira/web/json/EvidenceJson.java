package io.throughline.jira.web.json;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.ContractChangeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One ledger entry; superseded is true when a later entry corrects it. {@code sourceUrl} is the link
 * as entered (an internationalised host stays as typed), {@code sourceHref} its ASCII form for links;
 * {@code recordedBy} is the user key, {@code recordedByName} how the host names that person;
 * {@code accepts} the contract change a decision accepts (null for none); {@code decision} a decision's
 * record (null for none); {@code provenance} how it was made ({@code PERSON}, {@code INTEGRATION},
 * {@code ASSISTANT}) and {@code tool} by what; {@code proposed} is true for an assistant's entry no
 * person has confirmed yet (no gate counts it), {@code confirmedBy}/{@code confirmedAt} who confirmed
 * it and when; {@code contextVersion} the context version it was written against.
 */
public record EvidenceJson(long id, String kind, String summary, String sourceUrl, String sourceHref,
                           BigDecimal observedValue, String observedOn, String recordedBy, String recordedByName,
                           String recordedAt, Long supersedes, boolean superseded, Long accepts,
                           DecisionJson decision, String provenance, String tool, boolean proposed,
                           String confirmedBy, String confirmedByName, String confirmedAt, String contextVersion) {

    /** A decision's record: people by key and by name, options, the choice, why, and when to revisit. */
    public record DecisionJson(List<String> decidedBy, List<String> decidedByNames, List<String> options,
                               String chosen, String rationale, String revisitOn) {

        static DecisionJson of(Decision decision, People people) {
            return new DecisionJson(decision.decidedBy().stream().map(UserRef::key).toList(),
                    decision.decidedBy().stream().map(people::displayName).toList(), decision.options(),
                    decision.chosen().orElse(null), decision.rationale().orElse(null),
                    decision.revisitOn().map(LocalDate::toString).orElse(null));
        }
    }

    public static EvidenceJson of(EvidenceEntry entry, boolean superseded, People people) {
        return new EvidenceJson(entry.id().value(), entry.kind().name(), entry.summary(),
                entry.source().map(SourceUrl::toString).orElse(null),
                entry.source().map(SourceUrl::href).orElse(null),
                entry.observedValue().orElse(null), entry.observedOn().toString(), entry.recordedBy().key(),
                people.displayName(entry.recordedBy()), entry.recordedAt().toString(),
                entry.supersedes().map(EvidenceId::value).orElse(null), superseded,
                entry.accepts().map(ContractChangeId::value).orElse(null),
                entry.decision().map(decision -> DecisionJson.of(decision, people)).orElse(null),
                entry.provenance().origin().name(), entry.provenance().tool().orElse(null), entry.proposed(),
                entry.confirmation().map(c -> c.by().key()).orElse(null),
                entry.confirmation().map(c -> people.displayName(c.by())).orElse(null),
                entry.confirmation().map(c -> c.at().toString()).orElse(null), entry.contextVersion().orElse(null));
    }
}
