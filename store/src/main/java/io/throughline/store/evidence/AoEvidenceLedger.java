package io.throughline.store.evidence;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.Confirmation;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.Provenance;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.StoreException;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * {@link EvidenceLedger} on Active Objects: inserts (through AO) and reads (one plain-SQL statement
 * joining each entry to its confirmation), nothing else.
 */
public final class AoEvidenceLedger implements EvidenceLedger {

    private static final EvidenceKind[] KINDS = EvidenceKind.values();
    private static final Provenance.Origin[] ORIGINS = Provenance.Origin.values();

    /** The evidence columns read, in order (the confirmation's two follow). */
    private static final String[] COLUMNS = {"ID", "KIND", "SUMMARY", "SOURCE_URL", "OBSERVED_VALUE", "OBSERVED_ON",
        "RECORDED_BY", "RECORDED_AT", "SUPERSEDES_ID", "SOURCE_LINK", "ACCEPTS_CHANGE", "DECIDED_BY", "DECISION_OPTIONS",
        "CHOSEN_OPTION", "RATIONALE", "REVISIT_DAY", "PROVENANCE", "TOOL", "CONTEXT_VERSION", "ISSUE_KEY"};

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
                "SOURCE_URL", evidence.source().map(SourceUrl::toString).filter(AoEvidenceLedger::isShort).orElse(null),
                "SOURCE_LINK", evidence.source().map(SourceUrl::toString).filter(link -> !isShort(link)).orElse(null),
                "OBSERVED_VALUE", evidence.observedValue().map(BigDecimal::toPlainString).orElse(null),
                "OBSERVED_ON", Columns.day(evidence.observedOn()),
                "RECORDED_BY", evidence.recordedBy().key(),
                "RECORDED_AT", Columns.millis(evidence.recordedAt()),
                "SUPERSEDES_ID", evidence.supersedes().map(id -> Math.toIntExact(id.value())).orElse(null),
                "ACCEPTS_CHANGE", evidence.accepts().map(ContractChangeId::value).orElse(null),
                "DECIDED_BY", evidence.decision().filter(d -> !d.decidedBy().isEmpty())
                        .map(d -> d.decidedBy().stream().map(UserRef::key).collect(Collectors.joining("\n"))).orElse(null),
                "DECISION_OPTIONS", evidence.decision().filter(d -> !d.options().isEmpty())
                        .map(d -> String.join("\n", d.options())).orElse(null),
                "CHOSEN_OPTION", evidence.decision().flatMap(Decision::chosen).orElse(null),
                "RATIONALE", evidence.decision().flatMap(Decision::rationale).orElse(null),
                "REVISIT_DAY", evidence.decision().flatMap(Decision::revisitOn).map(Columns::day).orElse(null),
                "PROVENANCE", evidence.provenance().origin() == Provenance.Origin.PERSON ? null
                        : evidence.provenance().origin().name(),
                "TOOL", evidence.provenance().tool().orElse(null),
                "CONTEXT_VERSION", evidence.contextVersion().orElse(null)));
        return new EvidenceEntry(new EvidenceId(entity.getID()), evidence);
    }

    private static boolean isShort(String link) {
        return link.length() <= EvidenceEntity.SHORT_LINK;
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
        return select("evidence.by-initiative", "ISSUE_KEY", initiative.value());
    }

    @Override
    public Optional<EvidenceEntry> find(EvidenceId id) {
        if (id.value() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return select("evidence.by-id", "ID", Math.toIntExact(id.value())).stream().findFirst();
    }

    @Override
    public EvidenceEntry confirm(EvidenceId id, Confirmation confirmation) {
        try {
            ao.create(EvidenceConfirmationEntity.class, row("EVIDENCE_ID", Math.toIntExact(id.value()),
                    "CONFIRMED_BY", confirmation.by().key(), "CONFIRMED_AT", Columns.millis(confirmation.at())));
        } catch (StoreException e) {
            if (StoreException.isUniqueViolation(e)) {
                throw new ThroughlineException.Conflict(Message.of("throughline.evidence.confirm.already", id.toString()));
            }
            throw e;
        }
        return find(id).orElseThrow(() -> new IllegalStateException("evidence " + id + " vanished"));
    }

    /**
     * Two ranges in one statement, each on its own time index: the entries recorded from {@code from}
     * on, and the earlier entries confirmed from then on (so no entry comes twice), in id order.
     */
    @Override
    public List<EvidenceEntry> changedSince(java.time.Instant from) {
        long millis = Columns.millis(from);
        return ao.read((connection, names) -> {
            String sql = names.sql("evidence.since", n -> selected(n) + " LEFT JOIN " + confirmations(n)
                    + " WHERE e." + n.column("RECORDED_AT") + " >= ? UNION ALL " + selected(n) + " JOIN "
                    + confirmations(n) + " WHERE c." + n.column("CONFIRMED_AT") + " >= ? AND e."
                    + n.column("RECORDED_AT") + " < ? ORDER BY 1");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, millis);
                statement.setLong(2, millis);
                statement.setLong(3, millis);
                return entries(statement);
            }
        });
    }

    /** Entries with their confirmation, in one statement: the evidence rows where {@code column} is {@code value}. */
    private List<EvidenceEntry> select(String name, String column, Object value) {
        return ao.read((connection, names) -> {
            String sql = names.sql(name, n -> selected(n) + " LEFT JOIN " + confirmations(n) + " WHERE e."
                    + n.column(column) + " = ? ORDER BY e." + n.column("ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, value);
                return entries(statement);
            }
        });
    }

    /** The read columns of the evidence rows {@code e} and their confirmations {@code c}, up to the join. */
    private static String selected(io.throughline.store.ao.SqlNames n) {
        return "SELECT " + Arrays.stream(COLUMNS).map(c -> "e." + n.column(c)).collect(Collectors.joining(", "))
                + ", c." + n.column("CONFIRMED_BY") + ", c." + n.column("CONFIRMED_AT") + " FROM "
                + n.table(EvidenceEntity.class) + " e";
    }

    private static String confirmations(io.throughline.store.ao.SqlNames n) {
        return n.table(EvidenceConfirmationEntity.class) + " c ON c." + n.column("EVIDENCE_ID") + " = e." + n.column("ID");
    }

    private static List<EvidenceEntry> entries(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            List<EvidenceEntry> entries = new ArrayList<>();
            while (row.next()) {
                entries.add(toEntry(row));
            }
            return entries;
        }
    }

    /** A decision's record from columns 12 to 16; empty when none of them is set. */
    private static Optional<Decision> decision(ResultSet row) throws SQLException {
        String people = row.getString(12);
        String options = row.getString(13);
        String chosen = row.getString(14);
        String rationale = row.getString(15);
        Long revisit = Rows.nullableLong(row, 16);
        if (people == null && options == null && chosen == null && rationale == null && revisit == null) {
            return Optional.empty();
        }
        return Optional.of(new Decision(
                people == null ? List.of() : Arrays.stream(people.split("\n")).map(UserRef::new).toList(),
                options == null ? List.of() : List.of(options.split("\n")),
                Optional.ofNullable(chosen), Optional.ofNullable(rationale),
                revisit == null ? Optional.empty() : Optional.of(Columns.date(revisit))));
    }

    private static EvidenceEntry toEntry(ResultSet row) throws SQLException {
        String source = row.getString(4) != null ? row.getString(4) : row.getString(10);
        String observed = row.getString(5);
        Integer supersedes = Rows.nullableInt(row, 9);
        Long accepts = Rows.nullableLong(row, 11);
        Optional<Decision> decision = decision(row);
        String origin = row.getString(17);
        Provenance provenance = origin == null ? Provenance.PERSON
                : Provenance.of(Rows.constant(ORIGINS, origin), row.getString(18));
        String confirmedBy = row.getString(21);
        Optional<Confirmation> confirmation = confirmedBy == null ? Optional.empty()
                : Optional.of(new Confirmation(new UserRef(confirmedBy), Columns.instant(row.getLong(22))));
        return new EvidenceEntry(new EvidenceId(row.getInt(1)), new NewEvidence(
                InitiativeKey.parse(row.getString(20)),
                Rows.constant(KINDS, row.getString(2)),
                row.getString(3),
                source == null ? Optional.empty() : Optional.of(SourceUrl.ofStored(source)),
                observed == null ? Optional.empty() : Optional.of(new BigDecimal(observed)),
                Columns.date(row.getLong(6)),
                new UserRef(row.getString(7)),
                Columns.instant(row.getLong(8)),
                supersedes == null ? Optional.empty() : Optional.of(new EvidenceId(supersedes)),
                accepts == null ? Optional.empty() : Optional.of(new ContractChangeId(accepts)), decision, provenance,
                Optional.ofNullable(row.getString(19))), confirmation);
    }
}
