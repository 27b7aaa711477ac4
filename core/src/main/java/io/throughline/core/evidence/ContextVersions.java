package io.throughline.core.evidence;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The form of an initiative's context version: sixteen lower-case hex digits, the head of a SHA-256
 * digest of the context document. An artifact cites {@code KEY@version}; an evidence entry may name
 * the version it was written against.
 */
public final class ContextVersions {

    public static final int LENGTH = 16;

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private ContextVersions() {
    }

    public static boolean isWellFormed(String version) {
        return version != null && FORM.matcher(version).matches();
    }

    /** The version for a digest of the document (at least eight bytes). */
    public static String of(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
    }
}
