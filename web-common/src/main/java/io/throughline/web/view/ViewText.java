package io.throughline.web.view;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localised text for views: web keys ({@code throughline.web.*}) from the web bundle, every other
 * key from the core's bundle, so core messages (violations, health reasons) read the same here.
 */
public final class ViewText {

    public static final String BUNDLE = "io.throughline.web.i18n.throughline-web";

    private final Messages core;
    private final ResourceBundle web;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private ViewText(Messages core, ResourceBundle web, Locale locale) {
        this.core = core;
        this.web = web;
        this.locale = locale;
    }

    public static ViewText forLocale(Locale locale) {
        return new ViewText(Messages.forLocale(locale),
                ResourceBundle.getBundle(BUNDLE, locale, ViewText.class.getClassLoader()), locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return web.containsKey(key) || core.has(key);
    }

    /** Plain text of a message; an unknown key renders as the key, never failing a page. */
    public String text(Message message) {
        if (!web.containsKey(message.key())) {
            return core.format(message);
        }
        MessageFormat format = formats.computeIfAbsent(message.key(), key -> new MessageFormat(web.getString(key), locale));
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof Message nested ? text(nested) : arg instanceof LocalDate ? arg.toString() : arg)
                .toArray();
        // A MessageFormat is not thread-safe; parsing the pattern again for every cell of a matrix costs more.
        synchronized (format) {
            return format.format(args);
        }
    }

    public String text(String key, Object... args) {
        return text(Message.of(key, args));
    }

    /** The message's text, HTML-escaped. */
    public String html(Message message) {
        return Html.escape(text(message));
    }

    public String html(String key, Object... args) {
        return Html.escape(text(key, args));
    }
}
