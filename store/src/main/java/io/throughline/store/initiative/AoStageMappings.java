package io.throughline.store.initiative;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMapping;
import io.throughline.core.initiative.StageMappingRepository;
import io.throughline.store.ao.AoAccess;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** {@link StageMappingRepository} on Active Objects. */
public final class AoStageMappings implements StageMappingRepository {

    private final AoAccess ao;

    public AoStageMappings(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Stage> overrides() {
        Map<String, Stage> overrides = new HashMap<>();
        for (StageMappingEntity entity : ao.find(StageMappingEntity.class, Query.select())) {
            overrides.put(entity.getStatusName(), Stage.valueOf(entity.getStage()));
        }
        return overrides;
    }

    @Override
    public void put(String statusName, Optional<Stage> stage) {
        String key = StageMapping.normalise(statusName);
        ao.inTransaction(() -> {
            StageMappingEntity[] existing = ao.find(StageMappingEntity.class,
                    Query.select().where("STATUS_NAME = ?", key));
            if (stage.isEmpty()) {
                for (StageMappingEntity entity : existing) {
                    ao.delete(entity);
                }
            } else if (existing.length == 0) {
                ao.create(StageMappingEntity.class, row("STATUS_NAME", key, "STAGE", stage.get().name()));
            } else {
                existing[0].setStage(stage.get().name());
                existing[0].save();
            }
            return null;
        });
    }
}
