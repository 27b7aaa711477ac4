package io.throughline.core.evidence;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetricParser;
import java.util.List;
import java.util.Optional;

/** Recording and reading an initiative's evidence, as the acting user. */
public final class EvidenceService {

    private final EvidenceLedger ledger;
    private final InitiativeAccess access;
    private final Clock clock;
    private final Transactions transactions;
    private final AcceptableChanges acceptable;

    /** {@code acceptable}: which contract changes of an initiative a decision may accept. */
    public EvidenceService(EvidenceLedger ledger, InitiativeAccess access, Clock clock, Transactions transactions,
                           AcceptableChanges acceptable) {
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
        this.transactions = transactions;
        this.acceptable = acceptable;
    }

    /**
     * Validates the form completely, then appends, in one transaction; on any problem nothing is
     * stored. A closed initiative (validated, invalidated, abandoned) takes no more evidence: 409.
     */
    public EvidenceEntry record(UserRef actor, InitiativeKey key, EvidenceForm form) {
        return transactions.inOne(() -> {
            Initiative initiative = access.toEdit(actor, key);
            if (initiative.stage().isClosed()) {
                // A validated, invalidated or abandoned initiative's record is closed, as its panel shows it.
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.initiative-closed",
                        key.value(), initiative.stage().name()));
            }
            Ledger current = new Ledger(ledger.entriesFor(key));
            NewEvidence evidence = form.validate(key, actor, clock.now(), clock.today(), current, unitOf(initiative),
                    Texts.isBlank(form.accepts()) ? List.of() : acceptable.of(key));
            return ledger.append(evidence);
        });
    }

    /**
     * A person confirms an assistant's proposed entry, so that gates count it from now on.
     *
     * @throws ThroughlineException.NotFound for an entry that does not exist or whose initiative the actor may not see
     * @throws ThroughlineException.Conflict for an entry that is no proposal, was confirmed or corrected
     *         already, or whose initiative is closed
     */
    public EvidenceEntry confirm(UserRef actor, EvidenceId id) {
        return transactions.inOne(() -> {
            EvidenceEntry entry = ledger.find(id).filter(found -> visible(actor, found.initiative()))
                    .orElseThrow(() -> new ThroughlineException.NotFound(
                            Message.of("throughline.evidence.not-found", id.toString())));
            Initiative initiative = access.toEdit(actor, entry.initiative());
            if (initiative.stage().isClosed()) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.initiative-closed",
                        initiative.key().value(), initiative.stage().name()));
            }
            if (!entry.provenance().needsConfirmation()) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.confirm.not-proposed",
                        id.toString()));
            }
            if (entry.confirmation().isPresent()) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.confirm.already",
                        id.toString()));
            }
            if (new Ledger(ledger.entriesFor(entry.initiative())).standing().stream().noneMatch(e -> e.id().equals(id))) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.confirm.corrected",
                        id.toString()));
            }
            return ledger.confirm(id, new Confirmation(actor, clock.now()));
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

    /** The unit readings of the initiative's metric are in; none when it has no metric that parses. */
    private static Optional<String> unitOf(Initiative initiative) {
        return initiative.successMetric().map(SuccessMetricParser::parse)
                .flatMap(parse -> parse instanceof MetricParse.Valid valid ? valid.metric().unit() : Optional.empty());
    }

    public Ledger ledger(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return new Ledger(ledger.entriesFor(key));
    }

    public List<EvidenceEntry> entries(UserRef actor, InitiativeKey key) {
        return ledger(actor, key).all();
    }
}
