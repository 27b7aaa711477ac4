package io.throughline.web.view;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a link may become an {@code href}: only absolute http and https links with a
 * host and without credentials. The core's {@code SourceUrl} enforces the same on input; this
 * check is repeated at the last moment because a template must never trust what it is handed.
 */
public final class Href {

    private Href() {
    }

    /** The link escaped for a quoted attribute, or empty when it must be shown as text only. */
    public static Optional<String> attributeHtml(String url) {
        return isSafe(url) ? Optional.of(Html.escape(url)) : Optional.empty();
    }

    public static boolean isSafe(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        // Browsers drop leading controls and whitespace and ignore tabs inside a scheme; refuse them all.
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '\\')) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
