package io.throughline.core.testing;

import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMapping;
import io.throughline.core.initiative.StageMappingRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link StageMappingRepository}. */
public final class InMemoryStageMappings implements StageMappingRepository {

    private final Map<String, Stage> overrides = new ConcurrentHashMap<>();

    @Override
    public Map<String, Stage> overrides() {
        return Map.copyOf(overrides);
    }

    @Override
    public void put(String statusName, Optional<Stage> stage) {
        String key = StageMapping.normalise(statusName);
        stage.ifPresentOrElse(s -> overrides.put(key, s), () -> overrides.remove(key));
    }
}
