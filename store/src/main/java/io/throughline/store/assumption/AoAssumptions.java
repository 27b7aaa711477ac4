package io.throughline.store.assumption;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.assumption.AssumptionStatus;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * {@link AssumptionRecords} on Active Objects: inserts through AO, reads the assumptions with their
 * resolutions in one plain-SQL statement (a left join), the race between two resolutions decided by
 * the unique {@code CAS_KEY}.
 */
public final class AoAssumptions implements AssumptionRecords {

    private static final AssumptionStatus[] STATUSES = AssumptionStatus.values();

    private final AoAccess ao;

    public AoAssumptions(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public Assumption list(InitiativeKey initiative, String text, UserRef by, Instant at) {
        AssumptionEntity entity = ao.create(AssumptionEntity.class, row("ISSUE_KEY", initiative.value(), "WORDING", text,
                "LISTED_BY", by.key(), "LISTED_AT", Columns.millis(at)));
        return new Assumption(new AssumptionId(entity.getID()), initiative, text, by, at, List.of());
    }

    @Override
    public Assumption resolve(AssumptionId id, int round, Assumption.Resolution resolution) {
        try {
            ao.inTransaction(() -> ao.create(AssumptionResolutionEntity.class, row(
                    "ASSUMPTION_ID", Math.toIntExact(id.value()),
                    "RESOLUTION_ROUND", round,
                    "CAS_KEY", id.value() + ":" + round,
                    "STATUS", resolution.status().name(),
                    "EVIDENCE_ID", resolution.evidence().value(),
                    "RESOLVED_BY", resolution.by().key(),
                    "RESOLVED_AT", Columns.millis(resolution.at()))));
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                throw AssumptionRecords.resolvedMeanwhile(id);
            }
            throw e;
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Assumption> find(AssumptionId id) {
        return select("assumption.by-id", names -> "a." + names.column("ID"), id.value()).stream().findFirst();
    }

    @Override
    public List<Assumption> assumptionsFor(InitiativeKey initiative) {
        return select("assumption.by-initiative", names -> "a." + names.column("ISSUE_KEY"), initiative.value());
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (AssumptionEntity entity : ao.find(AssumptionEntity.class,
                    Query.select().where("ISSUE_KEY = ?", from.value()))) {
                entity.setIssueKey(to.value());
                entity.save();
            }
            return null;
        });
    }

    private List<Assumption> select(String name, java.util.function.Function<SqlNames, String> filter, Object value) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql(name, n -> "SELECT a." + n.column("ID") + ", a." + n.column("ISSUE_KEY") + ", a."
                    + n.column("WORDING") + ", a." + n.column("LISTED_BY") + ", a." + n.column("LISTED_AT") + ", r."
                    + n.column("STATUS") + ", r." + n.column("EVIDENCE_ID") + ", r." + n.column("RESOLVED_BY") + ", r."
                    + n.column("RESOLVED_AT") + " FROM " + n.table(AssumptionEntity.class) + " a LEFT JOIN "
                    + n.table(AssumptionResolutionEntity.class) + " r ON r." + n.column("ASSUMPTION_ID") + " = a."
                    + n.column("ID") + " WHERE " + filter.apply(n) + " = ? ORDER BY a." + n.column("ID") + ", r."
                    + n.column("RESOLUTION_ROUND"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, value);
                try (ResultSet row = statement.executeQuery()) {
                    Map<Long, Listed> listed = new LinkedHashMap<>();
                    while (row.next()) {
                        long id = row.getLong(1);
                        Listed assumption = listed.get(id);
                        if (assumption == null) {
                            assumption = new Listed(id, row.getString(2), row.getString(3), row.getString(4),
                                    row.getLong(5), new ArrayList<>());
                            listed.put(id, assumption);
                        }
                        String status = row.getString(6);
                        if (status != null) {
                            assumption.resolutions().add(new Assumption.Resolution(Rows.constant(STATUSES, status),
                                    new EvidenceId(row.getLong(7)), new UserRef(row.getString(8)),
                                    Columns.instant(row.getLong(9))));
                        }
                    }
                    return listed.values().stream().map(Listed::assumption).toList();
                }
            }
        });
    }

    /** One assumption's row and the resolutions read so far. */
    private record Listed(long id, String key, String text, String by, long at,
                          List<Assumption.Resolution> resolutions) {
        Assumption assumption() {
            return new Assumption(new AssumptionId(id), new InitiativeKey(key), text, new UserRef(by),
                    Columns.instant(at), resolutions);
        }
    }
}
