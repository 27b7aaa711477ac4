package io.throughline.core.setting;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import java.util.Map;

/** Port: the administrator's settings, replaced as a whole and versioned. */
public interface SettingsRepository {

    /** A host that keeps no settings: every one at its default, and none can change. */
    SettingsRepository DEFAULTS = fixed(AppSettings.DEFAULTS);

    /** Settings that never change (tests, benchmarks, hosts without a store). */
    static SettingsRepository fixed(AppSettings settings) {
        return new SettingsRepository() {
            @Override
            public AppSettings current() {
                return settings;
            }

            @Override
            public AppSettings replace(Map<Setting, String> overrides, long expectedVersion) {
                throw new UnsupportedOperationException("this host keeps no settings");
            }
        };
    }

    AppSettings current();

    /**
     * Replaces every override with {@code overrides}, provided the settings are still at
     * {@code expectedVersion}; returns them at version + 1. Of two writers who read the same version
     * exactly one wins, decided in the database; the other gets {@link #changedMeanwhile()}.
     */
    AppSettings replace(Map<Setting, String> overrides, long expectedVersion);

    static ThroughlineException.Conflict changedMeanwhile() {
        return new ThroughlineException.Conflict(Message.of("throughline.setting.changed-meanwhile"));
    }
}
