package io.throughline.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Renders core messages from the core's bundle; hosts with their own i18n use the same keys. */
public final class Messages {

    public static final String BUNDLE = "io.throughline.core.i18n.throughline-core";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()), locale);
    }

    public static Messages english() {
        return forLocale(Locale.ENGLISH);
    }

    /** An argument as MessageFormat should place it: dates as ISO text, nested messages translated. */
    private Object argument(Object arg) {
        if (arg instanceof Message nested) {
            return format(nested);
        }
        return arg instanceof java.time.LocalDate ? arg.toString() : arg;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a message; an unknown key renders as the key itself rather than failing a page. */
    public String format(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            return message.key() + message.args();
        }
        MessageFormat format = formats.computeIfAbsent(message.key(), key -> new MessageFormat(pattern, locale));
        Object[] args = message.args().stream().map(this::argument).toArray();
        // Parsed once per key; a MessageFormat is not thread-safe, so formatting holds it.
        synchronized (format) {
            return format.format(args);
        }
    }
}
