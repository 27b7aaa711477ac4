package io.throughline.confluence.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host knows about one macro render: who views the page (their user key; empty when
 * anonymous), and the locale and time zone their times are shown in.
 */
public record MacroContext(Optional<String> viewer, Locale locale, ZoneId zone) {

    public MacroContext {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        viewer = viewer.filter(key -> !key.isBlank());
    }

    public static MacroContext of(String viewer, Locale locale, ZoneId zone) {
        return new MacroContext(Optional.ofNullable(viewer), locale, zone);
    }
}
