package io.throughline.store.contract;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Commitment;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.contract.ContractField;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** {@link ContractRecords} on Active Objects: inserts through AO, reads in one plain-SQL statement each. */
public final class AoContracts implements ContractRecords {

    private static final ContractField[] FIELDS = ContractField.values();

    private final AoAccess ao;

    public AoContracts(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void recordCommitment(Commitment commitment) {
        ao.create(CommitmentEntity.class, row(
                "ISSUE_KEY", commitment.initiative().value(),
                "COMMITTED_AT", Columns.millis(commitment.at()),
                "COMMITTED_BY", commitment.by().key(),
                "OWNER_KEY", commitment.owner().map(UserRef::key).orElse(null),
                "METRIC", commitment.successMetric().orElse(null),
                "HORIZON_DAY", commitment.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null),
                "EVIDENCE_IDS", commitment.evidence().stream().map(EvidenceId::toString).collect(Collectors.joining(","))));
    }

    @Override
    public List<Commitment> commitmentsFor(InitiativeKey initiative) {
        return ao.read((connection, names) -> {
            String sql = names.sql("commitment.by-initiative", n -> "SELECT " + n.columns("COMMITTED_AT", "COMMITTED_BY",
                    "OWNER_KEY", "METRIC", "HORIZON_DAY", "EVIDENCE_IDS") + " FROM " + n.table(CommitmentEntity.class)
                    + " WHERE " + n.column("ISSUE_KEY") + " = ? ORDER BY " + n.column("ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, initiative.value());
                try (ResultSet row = statement.executeQuery()) {
                    List<Commitment> commitments = new ArrayList<>();
                    while (row.next()) {
                        Long horizon = Rows.nullableLong(row, 5);
                        String ids = row.getString(6);
                        commitments.add(new Commitment(initiative, Columns.instant(row.getLong(1)),
                                new UserRef(row.getString(2)), Optional.ofNullable(row.getString(3)).map(UserRef::new),
                                Optional.ofNullable(row.getString(4)),
                                horizon == null ? Optional.empty() : Optional.of(new EvidenceHorizon(Columns.date(horizon))),
                                ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(","))
                                        .map(id -> new EvidenceId(Long.parseLong(id))).toList()));
                    }
                    return commitments;
                }
            }
        });
    }

    @Override
    public ContractChange append(ContractChange.New change) {
        ContractChangeEntity entity = ao.create(ContractChangeEntity.class, row(
                "ISSUE_KEY", change.initiative().value(),
                "CHANGED_AT", Columns.millis(change.at()),
                "CHANGED_BY", change.by().key(),
                "CHANGED_FIELD", change.field().name(),
                "BEFORE_VALUE", change.before().orElse(null),
                "AFTER_VALUE", change.after().orElse(null)));
        return new ContractChange(new ContractChangeId(entity.getID()), change.initiative(), change.at(), change.by(),
                change.field(), change.before(), change.after());
    }

    @Override
    public List<ContractChange> changesFor(InitiativeKey initiative) {
        return ao.read((connection, names) -> {
            String sql = names.sql("contract-change.by-initiative", n -> "SELECT " + n.columns("ID", "CHANGED_AT",
                    "CHANGED_BY", "CHANGED_FIELD", "BEFORE_VALUE", "AFTER_VALUE") + " FROM " + n.table(ContractChangeEntity.class)
                    + " WHERE " + n.column("ISSUE_KEY") + " = ? ORDER BY " + n.column("ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, initiative.value());
                try (ResultSet row = statement.executeQuery()) {
                    List<ContractChange> changes = new ArrayList<>();
                    while (row.next()) {
                        changes.add(new ContractChange(new ContractChangeId(row.getLong(1)), initiative,
                                Columns.instant(row.getLong(2)), new UserRef(row.getString(3)),
                                Rows.constant(FIELDS, row.getString(4)), Optional.ofNullable(row.getString(5)),
                                Optional.ofNullable(row.getString(6))));
                    }
                    return changes;
                }
            }
        });
    }

    /** One statement over the CHANGED_AT index: every initiative's changes from {@code from} on. */
    @Override
    public List<ContractChange> changesSince(java.time.Instant from) {
        return ao.read((connection, names) -> {
            String sql = names.sql("contract-change.since", n -> "SELECT " + n.columns("ID", "CHANGED_AT",
                    "CHANGED_BY", "CHANGED_FIELD", "BEFORE_VALUE", "AFTER_VALUE", "ISSUE_KEY") + " FROM "
                    + n.table(ContractChangeEntity.class) + " WHERE " + n.column("CHANGED_AT") + " >= ? ORDER BY "
                    + n.column("CHANGED_AT") + ", " + n.column("ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, Columns.millis(from));
                try (ResultSet row = statement.executeQuery()) {
                    List<ContractChange> changes = new ArrayList<>();
                    while (row.next()) {
                        changes.add(new ContractChange(new ContractChangeId(row.getLong(1)),
                                new InitiativeKey(row.getString(7)), Columns.instant(row.getLong(2)),
                                new UserRef(row.getString(3)), Rows.constant(FIELDS, row.getString(4)),
                                Optional.ofNullable(row.getString(5)), Optional.ofNullable(row.getString(6))));
                    }
                    return changes;
                }
            }
        });
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (CommitmentEntity commitment : ao.find(CommitmentEntity.class,
                    Query.select().where("ISSUE_KEY = ?", from.value()))) {
                commitment.setIssueKey(to.value());
                commitment.save();
            }
            for (ContractChangeEntity change : ao.find(ContractChangeEntity.class,
                    Query.select().where("ISSUE_KEY = ?", from.value()))) {
                change.setIssueKey(to.value());
                change.save();
            }
            return null;
        });
    }
}
