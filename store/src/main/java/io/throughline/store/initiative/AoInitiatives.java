package io.throughline.store.initiative;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;

/** {@link InitiativeRepository} on Active Objects. */
public final class AoInitiatives implements InitiativeRepository {

    private final AoAccess ao;

    public AoInitiatives(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void save(Initiative initiative) {
        ao.inTransaction(() -> {
            InitiativeEntity[] existing = byKey(initiative.key());
            if (existing.length == 0) {
                ao.create(InitiativeEntity.class, row(
                        "ISSUE_KEY", initiative.key().value(),
                        "SUMMARY", initiative.summary(),
                        "TEAM", initiative.team().name(),
                        "STAGE", initiative.stage().name(),
                        "OWNER_KEY", initiative.owner().map(UserRef::key).orElse(null),
                        "METRIC", initiative.successMetric().orElse(null),
                        "HORIZON_DAY", initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null)));
            } else {
                InitiativeEntity entity = existing[0];
                entity.setSummary(initiative.summary());
                entity.setTeam(initiative.team().name());
                entity.setStage(initiative.stage().name());
                entity.setOwnerKey(initiative.owner().map(UserRef::key).orElse(null));
                entity.setMetric(initiative.successMetric().orElse(null));
                entity.setHorizonDay(initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null));
                entity.save();
            }
            return null;
        });
    }

    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        return Arrays.stream(byKey(key)).findFirst().map(AoInitiatives::toInitiative);
    }

    @Override
    public List<Initiative> findAll() {
        return Arrays.stream(ao.find(InitiativeEntity.class, Query.select()))
                .map(AoInitiatives::toInitiative)
                .sorted(Comparator.comparing(Initiative::key))
                .toList();
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            InitiativeEntity[] old = byKey(from);
            if (old.length > 0 && byKey(to).length == 0) {
                old[0].setIssueKey(to.value());
                old[0].save();
            } else if (old.length > 0) {
                ao.delete(old);
            }
            return null;
        });
    }

    private InitiativeEntity[] byKey(InitiativeKey key) {
        return ao.find(InitiativeEntity.class, Query.select().where("ISSUE_KEY = ?", key.value()));
    }

    private static Initiative toInitiative(InitiativeEntity entity) {
        return new Initiative(
                new InitiativeKey(entity.getIssueKey()),
                entity.getSummary(),
                new Team(entity.getTeam()),
                Stage.valueOf(entity.getStage()),
                Optional.ofNullable(entity.getOwnerKey()).map(UserRef::new),
                Optional.ofNullable(entity.getMetric()),
                Optional.ofNullable(entity.getHorizonDay()).map(day -> new EvidenceHorizon(Columns.date(day))));
    }
}
