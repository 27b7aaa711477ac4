package io.throughline.core.evidence;

import io.throughline.core.common.Message;
import io.throughline.core.common.Texts;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to where evidence comes from; only absolute http and https links without credentials, up
 * to {@value #MAX_LENGTH} characters (what browsers and wikis commonly produce). Held as its text,
 * as entered: an internationalised host name ({@code bücher.example}) stays as typed and is shown
 * so, while {@link #href()} gives the ASCII form (punycode host, percent-encoded path) a link needs.
 * Typed links are parsed in full ({@link #parse}); links the app stored itself come back through
 * {@link #ofStored}, which checks the same promises without parsing again.
 */
public final class SourceUrl {

    public static final int MAX_LENGTH = 2048;

    /**
     * What may follow the host unparsed: ASCII letters, digits, the punctuation of paths, queries and
     * fragments ({@code [} and {@code ]} only in an IPv6 host, left to the parser), the percent of an escape.
     */
    private static final boolean[] URL_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            URL_CHAR[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~:/?#@!$&'()*+,;=%".indexOf(c) >= 0;
        }
    }

    private final String text;

    public SourceUrl(URI uri) {
        Objects.requireNonNull(uri, "uri");
        Message problem = problemWith(uri);
        if (problem != null) {
            throw new IllegalArgumentException(problem.key());
        }
        this.text = uri.toString();
    }

    private SourceUrl(String text) {
        this.text = text;
    }

    /** Parses typed text; throws {@link IllegalArgumentException} naming the problem's message key. */
    public static SourceUrl parse(String text) {
        Optional<Message> problem = problemWith(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().key());
        }
        return new SourceUrl(text.strip());
    }

    /**
     * A link read back from the app's own store, where only {@link #parse}d links are written. The
     * promises that keep a rendered link safe are checked again, cheaply (http or https, a plain host
     * name or address without credentials, only URL characters, at most {@link #MAX_LENGTH});
     * anything else goes through {@link #parse}, which refuses it as if it had been typed.
     */
    public static SourceUrl ofStored(String stored) {
        if (stored == null || stored.length() > MAX_LENGTH) {
            return parse(stored);
        }
        int authority = schemeEnd(stored);
        if (authority < 0) {
            return parse(stored);
        }
        int hostEnd = authority;
        while (hostEnd < stored.length() && stored.charAt(hostEnd) != '/' && stored.charAt(hostEnd) != '?'
                && stored.charAt(hostEnd) != '#') {
            char c = stored.charAt(hostEnd);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            boolean hostChar = alphanumeric || hostEnd > authority && (c == '.' || c == '-' || c == ':');
            if (!hostChar) {
                return parse(stored);
            }
            hostEnd++;
        }
        if (hostEnd == authority) {
            return parse(stored);
        }
        boolean fragment = false;
        for (int i = hostEnd; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c >= 128 || !URL_CHAR[c]) {
                return parse(stored);
            }
            if (c == '#') {
                if (fragment) {
                    return parse(stored);
                }
                fragment = true;
            }
            if (c == '%' && !(i + 2 < stored.length() && isHex(stored.charAt(i + 1)) && isHex(stored.charAt(i + 2)))) {
                return parse(stored);
            }
        }
        return new SourceUrl(stored);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Where the authority starts after {@code http://} or {@code https://}, or -1. */
    private static int schemeEnd(String text) {
        if (text.regionMatches(true, 0, "http://", 0, 7)) {
            return 7;
        }
        return text.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
    }

    /** What is wrong with typed text as a source URL, if anything. */
    public static Optional<Message> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Message.of("throughline.evidence.source.empty"));
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of(Message.of("throughline.evidence.source.too-long", MAX_LENGTH));
        }
        if (!Texts.isPlainLine(trimmed)) {
            return Optional.of(Message.of("throughline.evidence.source.hidden-characters"));
        }
        try {
            return Optional.ofNullable(problemWith(new URI(ascii(trimmed))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(Message.of("throughline.evidence.source.malformed", trimmed));
        }
    }

    /**
     * The text with an internationalised host name in its ASCII (punycode) form, so that the URI
     * parser sees a server-based authority; other text unchanged. Throws IllegalArgumentException
     * for a host IDNA refuses.
     */
    private static String ascii(String text) {
        int authority = schemeEnd(text);
        if (authority < 0) {
            return text;
        }
        int end = authority;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        int hostStart = text.lastIndexOf('@', end - 1) + 1;
        hostStart = Math.max(hostStart, authority);
        int hostEnd = end;
        int colon = text.lastIndexOf(':', end - 1);
        if (colon >= hostStart && text.indexOf(']', hostStart) < 0) {
            hostEnd = colon;
        }
        String host = text.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 128)) {
            return text;
        }
        return text.substring(0, hostStart) + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + text.substring(hostEnd);
    }

    private static Message problemWith(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Message.of("throughline.evidence.source.scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Message.of("throughline.evidence.source.no-host");
        }
        if (uri.getRawUserInfo() != null) {
            return Message.of("throughline.evidence.source.credentials");
        }
        if (uri.toString().length() > MAX_LENGTH) {
            return Message.of("throughline.evidence.source.too-long", MAX_LENGTH);
        }
        return null;
    }

    /** The link's ASCII form, for an {@code href}: punycode host, non-ASCII characters percent-encoded. */
    public String href() {
        return uri().toASCIIString();
    }

    public URI uri() {
        return URI.create(ascii(text));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceUrl url && url.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
