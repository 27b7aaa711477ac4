package io.throughline.jira.web.json;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import java.math.BigDecimal;

/** One ledger entry; superseded is true when a later entry corrects it. */
public record EvidenceJson(long id, String kind, String summary, String sourceUrl, BigDecimal observedValue,
                           String observedOn, String recordedBy, String recordedAt, Long supersedes,
                           boolean superseded) {

    public static EvidenceJson of(EvidenceEntry entry, boolean superseded) {
        return new EvidenceJson(entry.id().value(), entry.kind().name(), entry.summary(),
                entry.source().map(source -> source.uri().toString()).orElse(null),
                entry.observedValue().orElse(null), entry.observedOn().toString(), entry.recordedBy().key(),
                entry.recordedAt().toString(), entry.supersedes().map(EvidenceId::value).orElse(null), superseded);
    }
}
