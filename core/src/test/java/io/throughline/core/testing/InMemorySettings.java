package io.throughline.core.testing;

import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.core.setting.SettingsRepository;
import java.util.Map;

/** The settings in memory: one version, compared and set under a lock. */
public final class InMemorySettings implements SettingsRepository {

    private AppSettings settings = AppSettings.DEFAULTS;

    @Override
    public synchronized AppSettings current() {
        return settings;
    }

    @Override
    public synchronized AppSettings replace(Map<Setting, String> overrides, long expectedVersion) {
        if (settings.version() != expectedVersion) {
            throw SettingsRepository.changedMeanwhile();
        }
        settings = new AppSettings(overrides, expectedVersion + 1);
        return settings;
    }
}
