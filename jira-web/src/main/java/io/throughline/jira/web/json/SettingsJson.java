package io.throughline.jira.web.json;

import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET|PUT /admin/settings}: the version (also the entity tag) and every setting
 * with its value, its default and whether an administrator changed it. A change is sent as an object
 * of the settings to change by name ({@code {"productionPattern": "live|prod"}}; null resets one).
 */
public record SettingsJson(long version, List<Entry> settings) {

    /** One setting as an administrator sees it. */
    public record Entry(String name, String label, String value, String defaultValue, boolean overridden) {
    }

    public static SettingsJson of(AppSettings settings, ViewText text) {
        List<Entry> entries = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            entries.add(new Entry(setting.jsonName(), text.text(setting.label()), settings.value(setting),
                    setting.defaultValue(), settings.overridden(setting)));
        }
        return new SettingsJson(settings.version(), entries);
    }

    /** The settings' version as an entity tag: {@code "7"}. */
    public static String etag(AppSettings settings) {
        return "\"" + settings.version() + "\"";
    }
}
