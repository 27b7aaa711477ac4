package io.throughline.store.evidence;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.StoreException;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;

/** {@link EvidenceLedger} on Active Objects: inserts and reads, and nothing else. */
public final class AoEvidenceLedger implements EvidenceLedger {

    private final AoAccess ao;

    public AoEvidenceLedger(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public EvidenceEntry append(NewEvidence evidence) {
        if (evidence.supersedes().isEmpty()) {
            return insert(evidence);
        }
        int superseded = Math.toIntExact(evidence.supersedes().get().value());
        try {
            return ao.inTransaction(() -> {
                EvidenceEntry correction = insert(evidence);
                ao.create(EvidenceCorrectionEntity.class, row("SUPERSEDED_ID", superseded,
                        "CORRECTION_ID", Math.toIntExact(correction.id().value())));
                return correction;
            });
        } catch (StoreException e) {
            if (StoreException.isUniqueViolation(e)) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.supersedes.already",
                        evidence.supersedes().get().toString()));
            }
            throw e;
        }
    }

    private EvidenceEntry insert(NewEvidence evidence) {
        EvidenceEntity entity = ao.create(EvidenceEntity.class, row(
                "ISSUE_KEY", evidence.initiative().value(),
                "KIND", evidence.kind().name(),
                "SUMMARY", evidence.summary(),
                "SOURCE_URL", evidence.source().map(SourceUrl::toString).orElse(null),
                "OBSERVED_VALUE", evidence.observedValue().map(BigDecimal::toPlainString).orElse(null),
                "OBSERVED_ON", Columns.day(evidence.observedOn()),
                "RECORDED_BY", evidence.recordedBy().key(),
                "RECORDED_AT", Columns.millis(evidence.recordedAt()),
                "SUPERSEDES_ID", evidence.supersedes().map(id -> Math.toIntExact(id.value())).orElse(null)));
        return new EvidenceEntry(new EvidenceId(entity.getID()), evidence);
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (EvidenceEntity entry : ao.find(EvidenceEntity.class, Query.select().where("ISSUE_KEY = ?", from.value()))) {
                entry.setIssueKey(to.value());
                entry.save();
            }
            return null;
        });
    }

    @Override
    public List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
        return Arrays.stream(ao.find(EvidenceEntity.class,
                        Query.select().where("ISSUE_KEY = ?", initiative.value()).order("ID ASC")))
                .map(AoEvidenceLedger::toEntry)
                .toList();
    }

    private static EvidenceEntry toEntry(EvidenceEntity entity) {
        return new EvidenceEntry(new EvidenceId(entity.getID()), new NewEvidence(
                new InitiativeKey(entity.getIssueKey()),
                EvidenceKind.valueOf(entity.getKind()),
                entity.getSummary(),
                Optional.ofNullable(entity.getSourceUrl()).map(url -> new SourceUrl(URI.create(url))),
                Optional.ofNullable(entity.getObservedValue()).map(BigDecimal::new),
                Columns.date(entity.getObservedOn()),
                new UserRef(entity.getRecordedBy()),
                Columns.instant(entity.getRecordedAt()),
                Optional.ofNullable(entity.getSupersedesId()).map(id -> new EvidenceId(id))));
    }
}
