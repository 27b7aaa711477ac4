package io.throughline.core.initiative;

import java.util.Map;
import java.util.Optional;

/** Port: the admin's workflow status → stage overrides. */
public interface StageMappingRepository {

    /** Every override, by normalised status name. */
    Map<String, Stage> overrides();

    /** Sets the stage a status means, or (empty) removes the override so the default applies again. */
    void put(String statusName, Optional<Stage> stage);

    default StageMapping mapping() {
        return new StageMapping(overrides());
    }
}
