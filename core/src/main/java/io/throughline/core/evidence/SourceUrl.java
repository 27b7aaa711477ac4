package io.throughline.core.evidence;

import io.throughline.core.common.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A link to where evidence comes from; only absolute http and https links without credentials. */
public record SourceUrl(URI uri) {

    public static final int MAX_LENGTH = 450;

    public SourceUrl {
        Objects.requireNonNull(uri, "uri");
        Message problem = problemWith(uri);
        if (problem != null) {
            throw new IllegalArgumentException(problem.key());
        }
    }

    /** Parses typed text; throws {@link IllegalArgumentException} naming the problem's message key. */
    public static SourceUrl parse(String text) {
        Optional<Message> problem = problemWith(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().key());
        }
        return new SourceUrl(URI.create(text.strip()));
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
        try {
            return Optional.ofNullable(problemWith(new URI(trimmed)));
        } catch (URISyntaxException e) {
            return Optional.of(Message.of("throughline.evidence.source.malformed", trimmed));
        }
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

    @Override
    public String toString() {
        return uri.toString();
    }
}
