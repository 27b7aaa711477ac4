package io.throughline.store.setting;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.StoreException;
import java.util.EnumMap;
import java.util.Map;
import net.java.ao.Query;

/**
 * {@link SettingsRepository} on Active Objects, in the database every cluster node reads (nothing is
 * kept in memory: a change saved on one node holds on the next request to any other). A replacement
 * claims the next version first ({@link SettingClaimEntity}, unique), then deletes the old rows and
 * inserts the new ones, in one transaction: of two replacements racing from one version, one wins.
 * A row naming a setting this version does not know (written by a later one) is left alone and unused.
 */
public final class AoSettings implements SettingsRepository {

    private final AoAccess ao;

    public AoSettings(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public AppSettings current() {
        return ao.inTransaction(() -> new AppSettings(overrides(), version()));
    }

    @Override
    public AppSettings replace(Map<Setting, String> overrides, long expectedVersion) {
        try {
            return ao.inTransaction(() -> {
                if (version() != expectedVersion) {
                    throw SettingsRepository.changedMeanwhile();
                }
                // The claim first: of two writers who read this version, the second waits here and then fails.
                ao.create(SettingClaimEntity.class, row("VERSION", expectedVersion + 1));
                for (SettingEntity entity : ao.find(SettingEntity.class, Query.select())) {
                    if (Setting.named(entity.getSettingName()).isPresent()) {
                        ao.delete(entity);
                    }
                }
                overrides.forEach((setting, value) -> ao.create(SettingEntity.class,
                        row("SETTING_NAME", setting.jsonName(), "SETTING_VALUE", value)));
                return new AppSettings(overrides, expectedVersion + 1);
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                // No re-read here: on PostgreSQL the failed statement has aborted the transaction.
                throw SettingsRepository.changedMeanwhile();
            }
            throw e;
        }
    }

    private Map<Setting, String> overrides() {
        Map<Setting, String> overrides = new EnumMap<>(Setting.class);
        for (SettingEntity entity : ao.find(SettingEntity.class, Query.select())) {
            Setting.named(entity.getSettingName()).ifPresent(setting -> overrides.put(setting, entity.getSettingValue()));
        }
        return overrides;
    }

    private long version() {
        SettingClaimEntity[] latest = ao.find(SettingClaimEntity.class, Query.select().order("VERSION DESC").limit(1));
        return latest.length == 0 ? 0 : latest[0].getVersion();
    }
}
