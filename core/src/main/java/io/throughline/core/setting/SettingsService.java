package io.throughline.core.setting;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads and changes the app's settings. Who may change them is the host's to check (Jira:
 * administrators); the core checks what is written: every value of a change, or none.
 */
public final class SettingsService {

    private final SettingsRepository settings;
    private final Transactions transactions;

    public SettingsService(SettingsRepository settings, Transactions transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    public AppSettings current() {
        return settings.current();
    }

    /**
     * Changes the settings named in {@code changes} (by JSON name); a null value, or the default,
     * puts a setting back to its default; settings not named keep their values. With
     * {@code expectedVersion} only if the settings are still that version (409 otherwise).
     *
     * @throws ThroughlineException.InvalidInput naming each unknown setting and each refused value; nothing is stored
     */
    public AppSettings change(Map<String, String> changes, OptionalLong expectedVersion) {
        if (changes == null || changes.isEmpty()) {
            throw ThroughlineException.InvalidInput.of("", Message.of("throughline.setting.none"));
        }
        Map<Setting, String> wanted = new EnumMap<>(Setting.class);
        List<Setting> reset = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((name, raw) -> {
            Setting setting = Setting.named(name).orElse(null);
            if (setting == null) {
                errors.add(new FieldError(name == null ? "" : name, Message.of("throughline.setting.unknown",
                        String.valueOf(name), names())));
                return;
            }
            if (raw == null) {
                reset.add(setting);
                return;
            }
            String value = setting.normalise(raw);
            setting.problem(value).ifPresentOrElse(problem -> errors.add(new FieldError(name, problem)),
                    () -> wanted.put(setting, value));
        });
        if (!errors.isEmpty()) {
            throw new ThroughlineException.InvalidInput(errors);
        }
        return transactions.inOne(() -> {
            AppSettings now = settings.current();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != now.version()) {
                throw SettingsRepository.changedMeanwhile();
            }
            Map<Setting, String> next = new EnumMap<>(Setting.class);
            next.putAll(now.overrides());
            reset.forEach(next::remove);
            wanted.forEach((setting, value) -> {
                if (value.equals(setting.defaultValue())) {
                    next.remove(setting);
                } else {
                    next.put(setting, value);
                }
            });
            return settings.replace(next, now.version());
        });
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            names.add(setting.jsonName());
        }
        return String.join(", ", names);
    }
}
