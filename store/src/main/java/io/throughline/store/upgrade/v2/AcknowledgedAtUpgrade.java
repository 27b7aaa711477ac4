package io.throughline.store.upgrade.v2;

import io.throughline.store.ao.AoAccess;
import io.throughline.store.upgrade.StoreUpgrade;
import io.throughline.store.upgrade.v1.DependencyChangeV1;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Version 2: dependencies remember when the provider first answered, back-filled from their first change. */
public final class AcknowledgedAtUpgrade implements StoreUpgrade {

    @Override
    public int modelVersion() {
        return 2;
    }

    @Override
    public void upgrade(int currentVersion, AoAccess ao) {
        ao.migrate(touched());
        ao.inTransaction(() -> {
            Map<Integer, Long> firstAnswer = new HashMap<>();
            for (DependencyChangeV1 change : ao.find(DependencyChangeV1.class, Query.select().where("SEQ = ?", 1))) {
                firstAnswer.put(change.getDependencyId(), change.getChangedAt());
            }
            for (DependencyV2 dependency : ao.find(DependencyV2.class,
                    Query.select().where("ACKNOWLEDGED_AT IS NULL AND VERSION > ?", 0))) {
                Long answeredAt = firstAnswer.get(dependency.getID());
                if (answeredAt != null) {
                    dependency.setAcknowledgedAt(answeredAt);
                    dependency.save();
                }
            }
            return null;
        });
    }

    /** The tables version 2 creates or extends, as frozen at version 2. */
    static Class<? extends RawEntity<?>>[] touched() {
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] types = new Class[] {DependencyV2.class, DependencyChangeV1.class};
        return types;
    }
}
