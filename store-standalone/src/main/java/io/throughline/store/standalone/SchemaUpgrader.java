package io.throughline.store.standalone;

import static io.throughline.store.ao.Columns.row;

import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.StoreSchema;
import io.throughline.store.upgrade.StoreUpgrade;
import io.throughline.store.upgrade.v2.AcknowledgedAtUpgrade;
import java.util.Comparator;
import java.util.List;
import net.java.ao.Query;

/**
 * Brings a database outside Jira to the current model the way Jira's Active Objects plugin does:
 * every upgrade newer than the stored model version, in order, then a migration of the live
 * entities, then the new version is stored.
 */
public final class SchemaUpgrader {

    /** Every upgrade since the first release, oldest first. */
    public static final List<StoreUpgrade> UPGRADES = List.of(new AcknowledgedAtUpgrade());

    /** The model version the live entities describe. */
    public static final int CURRENT_MODEL_VERSION = 2;

    private final List<StoreUpgrade> upgrades;
    private final int target;

    public SchemaUpgrader() {
        this(UPGRADES, CURRENT_MODEL_VERSION);
    }

    SchemaUpgrader(List<StoreUpgrade> upgrades, int target) {
        this.upgrades = upgrades.stream().sorted(Comparator.comparingInt(StoreUpgrade::modelVersion)).toList();
        this.target = target;
    }

    /** Upgrades and migrates; returns the model version the database was at before. */
    public int upgrade(AoAccess ao) {
        int current = storedVersion(ao);
        for (StoreUpgrade step : upgrades) {
            if (step.modelVersion() > current) {
                step.upgrade(current, ao);
                store(ao, step.modelVersion());
            }
        }
        ao.migrate(StoreSchema.entities());
        store(ao, target);
        return current;
    }

    public static int storedVersion(AoAccess ao) {
        ensureVersionTable(ao);
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, Query.select());
        return rows.length == 0 ? 0 : rows[0].getModelVersion();
    }

    /** Records the model version (used by upgrades and by tests that build an old schema). */
    public static void store(AoAccess ao, int version) {
        ensureVersionTable(ao);
        ao.inTransaction(() -> {
            ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, Query.select());
            if (rows.length == 0) {
                ao.create(ModelVersionEntity.class, row("MODEL_VERSION", version));
            } else {
                rows[0].setModelVersion(version);
                rows[0].save();
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static void ensureVersionTable(AoAccess ao) {
        ao.migrate(new Class[] {ModelVersionEntity.class});
    }
}
