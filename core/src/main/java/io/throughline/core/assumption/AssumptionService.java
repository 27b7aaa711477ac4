package io.throughline.core.assumption;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.Texts;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The assumptions a bet rests on: listed by people who may edit the initiative, each resolved by
 * pointing at the evidence entry that settled it, read by anyone who may see the initiative. A
 * closed initiative's list is closed too, like its ledger.
 */
public final class AssumptionService {

    public static final String TEXT = "text";
    public static final String STATUS = "status";
    public static final String EVIDENCE_ID = "evidenceId";

    private final AssumptionRecords records;
    private final EvidenceLedger evidence;
    private final InitiativeAccess access;
    private final Clock clock;
    private final Transactions transactions;

    public AssumptionService(AssumptionRecords records, EvidenceLedger evidence, InitiativeAccess access, Clock clock,
                             Transactions transactions) {
        this.records = records;
        this.evidence = evidence;
        this.access = access;
        this.clock = clock;
        this.transactions = transactions;
    }

    public List<Assumption> assumptions(UserRef viewer, InitiativeKey key) {
        access.toView(viewer, key);
        return records.assumptionsFor(key);
    }

    public Assumption list(UserRef actor, InitiativeKey key, String text) {
        return transactions.inOne(() -> {
            open(access.toEdit(actor, key));
            FieldErrors errors = new FieldErrors();
            String line = errors.requireLine(TEXT, text, Assumption.MAX_TEXT);
            errors.throwIfAny();
            return records.list(key, line, actor, clock.now());
        });
    }

    /**
     * Confirms or refutes an assumption with a current entry of its initiative's ledger.
     *
     * @throws ThroughlineException.NotFound for an assumption the actor may not see or that does not exist
     * @throws ThroughlineException.Conflict when someone else resolved it since it was read
     */
    public Assumption resolve(UserRef actor, AssumptionId id, String status, String evidenceId) {
        return transactions.inOne(() -> {
            Assumption assumption = records.find(id).filter(found -> visible(actor, found.initiative()))
                    .orElseThrow(() -> new ThroughlineException.NotFound(
                            Message.of("throughline.assumption.not-found", id.toString())));
            open(access.toEdit(actor, assumption.initiative()));
            FieldErrors errors = new FieldErrors();
            AssumptionStatus settled = settled(status, errors);
            Optional<EvidenceId> entry = entry(evidenceId, new Ledger(evidence.entriesFor(assumption.initiative())),
                    errors);
            errors.throwIfAny();
            return records.resolve(id, assumption.resolutions().size() + 1,
                    new Assumption.Resolution(settled, entry.get(), actor, clock.now()));
        });
    }

    private boolean visible(UserRef actor, InitiativeKey key) {
        try {
            access.requireViewable(actor, key);
            return true;
        } catch (ThroughlineException.NotFound e) {
            return false;
        }
    }

    private static void open(Initiative initiative) {
        if (initiative.stage().isClosed()) {
            throw new ThroughlineException.Conflict(Message.of("throughline.assumption.initiative-closed",
                    initiative.key().value(), initiative.stage().name()));
        }
    }

    private static AssumptionStatus settled(String status, FieldErrors errors) {
        if (Texts.isBlank(status)) {
            errors.required(STATUS);
            return null;
        }
        String name = status.strip().toUpperCase(Locale.ROOT);
        if (!name.equals(AssumptionStatus.CONFIRMED.name()) && !name.equals(AssumptionStatus.REFUTED.name())) {
            errors.add(STATUS, "throughline.assumption.status.unknown", status.strip());
            return null;
        }
        return AssumptionStatus.valueOf(name);
    }

    private static Optional<EvidenceId> entry(String typed, Ledger ledger, FieldErrors errors) {
        if (Texts.isBlank(typed)) {
            errors.required(EVIDENCE_ID);
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            id = -1;
        }
        long wanted = id;
        Optional<EvidenceEntry> found = wanted <= 0 ? Optional.empty()
                : ledger.current().stream().filter(e -> e.id().value() == wanted).findFirst();
        if (found.isEmpty()) {
            errors.add(EVIDENCE_ID, "throughline.assumption.evidence.unknown", typed.strip());
        }
        return found.map(EvidenceEntry::id);
    }
}
