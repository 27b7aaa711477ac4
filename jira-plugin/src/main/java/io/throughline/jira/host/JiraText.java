package io.throughline.jira.host;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text for the Jira adapters: core messages from the core bundle, plugin messages from the plugin's i18n file. */
public final class JiraText {

    public static final String BUNDLE = "io.throughline.jira.i18n.throughline-jira";

    private final Locale locale;

    public JiraText(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public String core(Message message) {
        return Messages.forLocale(locale).format(message);
    }

    public String plugin(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, JiraText.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
