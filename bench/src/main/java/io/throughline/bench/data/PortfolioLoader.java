package io.throughline.bench.data;

import static io.throughline.store.ao.Columns.row;

import io.throughline.bench.data.PortfolioPlan.DependencyPlan;
import io.throughline.bench.data.PortfolioPlan.InitiativePlan;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.Progress;
import io.throughline.store.ao.Columns;
import io.throughline.store.dependency.DependencyChangeEntity;
import io.throughline.store.dependency.DependencyEntity;
import io.throughline.store.evidence.EvidenceEntity;
import io.throughline.store.initiative.InitiativeEntity;
import io.throughline.store.initiative.StageChangeEntity;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.DeliveryRollUpEntity;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Loads a plan with AO's batch insert, a few thousand rows to a statement batch and transaction,
 * writing the columns exactly as the repositories write them (one row per save, append, request
 * and transition; one roll-up per initiative, as the roll-up store's put writes it). The repositories have no batch operation, and one row at a time would take
 * minutes at 50k/250k; {@link LoadCheck} then reads everything back through the repositories and
 * compares it with the plan, so a mapping slip here cannot go unnoticed.
 */
public final class PortfolioLoader {

    private static final int PER_BATCH = 5_000;

    private final AoDatabase database;
    private final EntityManager ao;

    private PortfolioLoader(AoDatabase database) {
        this.database = database;
        this.ao = database.entityManager();
    }

    public static void load(AoDatabase database, PortfolioPlan plan) {
        new PortfolioLoader(database).load(plan);
        LoadCheck.verify(database, plan);
    }

    private void load(PortfolioPlan plan) {
        List<Map<String, Object>> initiatives = new ArrayList<>();
        List<Map<String, Object>> stages = new ArrayList<>();
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (InitiativePlan initiative : plan.initiatives()) {
            initiatives.add(initiative(initiative.initiative()));
            initiative.stages().forEach(change -> stages.add(stage(change)));
            initiative.evidence().forEach(entry -> evidence.add(evidence(entry)));
        }
        insert(InitiativeEntity.class, initiatives);
        insert(StageChangeEntity.class, stages);
        insert(EvidenceEntity.class, evidence);
        insert(DependencyEntity.class, plan.dependencies().stream().map(PortfolioLoader::dependency).toList());
        DependencyEntity[] ids = database.access().find(DependencyEntity.class, Query.select("ID").order("ID ASC"));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            List<DependencyChange> history = plan.dependencies().get(i).changes();
            for (int seq = 1; seq <= history.size(); seq++) {
                changes.add(change(ids[i].getID(), seq, history.get(seq - 1)));
            }
        }
        insert(DependencyChangeEntity.class, changes);
        insert(DeliveryRollUpEntity.class, plan.rollUps().stream().map(PortfolioLoader::rollUp).toList());
    }

    private <T extends RawEntity<K>, K> void insert(Class<T> type, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += PER_BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + PER_BATCH));
            database.access().inTransaction(() -> {
                try {
                    ao.create(type, batch);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not load " + type.getSimpleName(), e);
                }
                return null;
            });
        }
    }

    private static Map<String, Object> initiative(Initiative initiative) {
        return row("ISSUE_KEY", initiative.key().value(),
                "SUMMARY", initiative.summary(),
                "TEAM", initiative.team().name(),
                "STAGE", initiative.stage().name(),
                "OWNER_KEY", initiative.owner().map(UserRef::key).orElse(null),
                "METRIC", initiative.successMetric().orElse(null),
                "HORIZON_DAY", initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null));
    }

    private static Map<String, Object> stage(StageChange change) {
        return row("ISSUE_KEY", change.initiative().value(),
                "FROM_STAGE", change.from().map(Stage::name).orElse(null),
                "TO_STAGE", change.to().name(),
                "CHANGED_BY", change.by().key(),
                "CHANGED_AT", Columns.millis(change.at()));
    }

    private static Map<String, Object> evidence(NewEvidence evidence) {
        return row("ISSUE_KEY", evidence.initiative().value(),
                "KIND", evidence.kind().name(),
                "SUMMARY", evidence.summary(),
                "SOURCE_URL", evidence.source().map(SourceUrl::toString).orElse(null),
                "OBSERVED_VALUE", evidence.observedValue().map(BigDecimal::toPlainString).orElse(null),
                "OBSERVED_ON", Columns.day(evidence.observedOn()),
                "RECORDED_BY", evidence.recordedBy().key(),
                "RECORDED_AT", Columns.millis(evidence.recordedAt()));
    }

    /** The request row as it stands after its last transition (state, version, first answer). */
    private static Map<String, Object> dependency(DependencyPlan plan) {
        List<DependencyChange> history = plan.changes();
        return row("CONSUMER_KEY", plan.request().consumer().value(),
                "PROVIDER_TEAM", plan.request().providerTeam().name(),
                "PROVIDER_ISSUE", plan.request().providerIssue().map(InitiativeKey::value).orElse(null),
                "DESCRIPTION", plan.request().description(),
                "NEEDED_BY", Columns.day(plan.request().neededBy()),
                "STATE", history.isEmpty() ? "REQUESTED" : history.get(history.size() - 1).to().name(),
                "VERSION", history.size(),
                "REQUESTED_BY", plan.request().requestedBy().key(),
                "REQUESTED_AT", Columns.millis(plan.request().requestedAt()),
                "ACKNOWLEDGED_AT", history.isEmpty() ? null : Columns.millis(history.get(0).at()));
    }

    private static Map<String, Object> rollUp(DeliveryRollUp rollUp) {
        Progress progress = rollUp.progress();
        return row("INITIATIVE_KEY", rollUp.initiative().value(),
                "TEAM", rollUp.team().name(),
                "ITEM_COUNT", progress.items(),
                "TO_DO_COUNT", progress.toDo(),
                "IN_PROGRESS_COUNT", progress.inProgress(),
                "DONE_COUNT", progress.done(),
                "POINTS_TOTAL", progress.points().map(points -> points.total().toPlainString()).orElse(null),
                "POINTS_DONE", progress.points().map(points -> points.done().toPlainString()).orElse(null),
                "LAST_ACTIVITY", rollUp.lastActivity().map(Columns::millis).orElse(null),
                "TRUNCATED", rollUp.truncated(),
                "COMPUTED_AT", Columns.millis(rollUp.computedAt()));
    }

    private static Map<String, Object> change(int dependencyId, int seq, DependencyChange change) {
        return row("DEPENDENCY_ID", dependencyId,
                "SEQ", seq,
                "CAS_KEY", dependencyId + ":" + seq,
                "FROM_STATE", change.from().name(),
                "TO_STATE", change.to().name(),
                "CHANGED_BY", change.by().key(),
                "CHANGED_AT", Columns.millis(change.at()),
                "COMMITTED_DATE", change.committedDate().map(Columns::day).orElse(null),
                "REASON", change.reason().orElse(null));
    }
}
