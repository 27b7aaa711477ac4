package io.throughline.web.rest;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders messages in the user's language: core keys from the core bundle, the few REST-only
 * keys ({@code throughline.web.*}) from the web bundle.
 */
public final class WebMessages {

    public static final String BUNDLE = "io.throughline.web.i18n.throughline-web";

    private final Messages core;
    private final ResourceBundle web;
    private final Locale locale;

    private WebMessages(Locale locale) {
        this.core = Messages.forLocale(locale);
        this.web = ResourceBundle.getBundle(BUNDLE, locale, WebMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    public static WebMessages forLocale(Locale locale) {
        return new WebMessages(locale);
    }

    public String format(Message message) {
        if (core.has(message.key()) || !web.containsKey(message.key())) {
            return core.format(message);
        }
        return new MessageFormat(web.getString(message.key()), locale).format(message.args().toArray());
    }
}
