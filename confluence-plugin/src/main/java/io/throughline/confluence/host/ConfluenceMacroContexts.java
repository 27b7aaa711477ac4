package io.throughline.confluence.host;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.throughline.confluence.web.MacroContext;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/** Who views the page being rendered, in which locale and time zone, from SAL. */
public final class ConfluenceMacroContexts {

    private final UserManager users;
    private final LocaleResolver locales;
    private final TimeZoneManager zones;

    public ConfluenceMacroContexts(UserManager users, LocaleResolver locales, TimeZoneManager zones) {
        this.users = users;
        this.locales = locales;
        this.zones = zones;
    }

    public MacroContext current() {
        UserKey key = users.getRemoteUserKey();
        Locale locale = locales.getLocale();
        TimeZone zone = zones.getUserTimeZone();
        return MacroContext.of(key == null ? null : key.getStringValue(), locale == null ? Locale.ENGLISH : locale,
                zone == null ? ZoneId.systemDefault() : zone.toZoneId());
    }
}
