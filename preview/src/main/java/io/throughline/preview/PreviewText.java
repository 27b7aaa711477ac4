package io.throughline.preview;

import io.throughline.core.common.Message;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The preview's own words (page chrome, preview-only messages); everything else comes from the app's bundles. */
final class PreviewText {

    static final String BUNDLE = "io.throughline.preview.i18n.throughline-preview";

    private final ResourceBundle bundle;
    private final ViewText app;
    private final Locale locale;

    PreviewText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PreviewText.class.getClassLoader());
        this.app = ViewText.forLocale(locale);
    }

    String text(Message message) {
        if (!bundle.containsKey(message.key())) {
            return app.text(message);
        }
        return new MessageFormat(bundle.getString(message.key()), locale).format(message.args().toArray());
    }

    String text(String key, Object... args) {
        return text(Message.of(key, args));
    }

    /** The text, escaped for HTML. */
    String html(String key, Object... args) {
        return Html.escape(text(key, args));
    }

    String html(Message message) {
        return Html.escape(text(message));
    }
}
