package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.core.setting.SettingsRepository;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsRepository} must do. */
public abstract class SettingsRepositoryContract {

    private SettingsRepository repository;

    protected abstract SettingsRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void startsWithEveryDefaultAtVersionZero() {
        assertThat(repository.current()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(repository.current().eventSourceGroup()).isEqualTo("throughline-event-sources");
    }

    @Test
    void replacingKeepsEachOverrideExactlyAndMovesTheVersionOn() {
        String pattern = "(?i)^(prod|live)(-[a-z]{2}-\\d)?$ — “quoted” ünïcode";
        AppSettings written = repository.replace(Map.of(Setting.PRODUCTION_PATTERN, pattern,
                Setting.EVENT_SOURCE_GROUP, "release-bots"), 0);

        assertThat(written.version()).isEqualTo(1);
        assertThat(repository.current()).isEqualTo(written);
        assertThat(repository.current().value(Setting.PRODUCTION_PATTERN)).isEqualTo(pattern);
        assertThat(repository.current().eventSourceGroup()).isEqualTo("release-bots");
    }

    @Test
    void anOverrideLeftOutIsBackAtItsDefault() {
        repository.replace(Map.of(Setting.PRODUCTION_PATTERN, "live", Setting.EVENT_SOURCE_GROUP, "bots"), 0);

        repository.replace(Map.of(Setting.EVENT_SOURCE_GROUP, "bots"), 1);
        assertThat(repository.current().overridden(Setting.PRODUCTION_PATTERN)).isFalse();
        assertThat(repository.current().value(Setting.PRODUCTION_PATTERN))
                .isEqualTo(Setting.PRODUCTION_PATTERN.defaultValue());

        repository.replace(Map.of(), 2);
        assertThat(repository.current()).isEqualTo(new AppSettings(Map.of(), 3));
    }

    @Test
    void aWriterHoldingAnOldVersionLosesAndChangesNothing() {
        repository.replace(Map.of(Setting.EVENT_SOURCE_GROUP, "bots"), 0);

        assertThatThrownBy(() -> repository.replace(Map.of(Setting.EVENT_SOURCE_GROUP, "other"), 0))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThatThrownBy(() -> repository.replace(Map.of(Setting.EVENT_SOURCE_GROUP, "other"), 7))
                .isInstanceOf(ThroughlineException.Conflict.class);

        assertThat(repository.current()).isEqualTo(new AppSettings(Map.of(Setting.EVENT_SOURCE_GROUP, "bots"), 1));
    }

    @Test
    void theLongestValueFits() {
        String longest = "p".repeat(Setting.MAX_LENGTH);

        repository.replace(Map.of(Setting.PRODUCTION_PATTERN, longest), 0);

        assertThat(repository.current().value(Setting.PRODUCTION_PATTERN)).isEqualTo(longest);
    }
}
