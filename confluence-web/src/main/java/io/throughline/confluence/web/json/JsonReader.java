package io.throughline.confluence.web.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for the JSON the macros receive from Jira, so that web needs no JSON
 * library at run time: objects become {@code Map<String, Object>} (insertion-ordered, duplicate
 * names refused), arrays {@code List<Object>}, numbers {@link BigDecimal}, and {@code true},
 * {@code false}, {@code null} become {@link Boolean} and {@code null}. Documents longer than the
 * size limit or nested deeper than the depth limit are refused before they can exhaust memory or stack.
 */
public final class JsonReader {

    /**
     * A 200-team portfolio's team×team matrix alone is about 4 Mi characters (measured by the bench);
     * 16 Mi leaves room for that and a capped list without letting a runaway answer exhaust memory.
     */
    public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final int maxChars;
    private final int maxDepth;

    public JsonReader(int maxChars, int maxDepth) {
        if (maxChars < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
    }

    public static JsonReader withDefaults() {
        return new JsonReader(DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH);
    }

    /** The document's value; throws {@link MalformedJson} naming the position of the first problem. */
    public Object read(String document) {
        if (document == null) {
            throw new MalformedJson("no document", 0);
        }
        if (document.length() > maxChars) {
            throw new MalformedJson("document longer than " + maxChars + " characters", maxChars);
        }
        Cursor cursor = new Cursor(document);
        cursor.skipWhitespace();
        Object value = value(cursor, 0);
        cursor.skipWhitespace();
        if (!cursor.atEnd()) {
            throw cursor.error("unexpected content after the document");
        }
        return value;
    }

    private Object value(Cursor in, int depth) {
        if (in.atEnd()) {
            throw in.error("unexpected end of document");
        }
        char c = in.peek();
        return switch (c) {
            case '{' -> object(in, depth + 1);
            case '[' -> array(in, depth + 1);
            case '"' -> in.string();
            case 't' -> in.literal("true", Boolean.TRUE);
            case 'f' -> in.literal("false", Boolean.FALSE);
            case 'n' -> in.literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield in.number();
                }
                throw in.error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(Cursor in, int depth) {
        checkDepth(in, depth);
        in.expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        in.skipWhitespace();
        if (in.tryConsume('}')) {
            return Collections.unmodifiableMap(members);
        }
        do {
            in.skipWhitespace();
            if (in.atEnd() || in.peek() != '"') {
                throw in.error("expected a member name in double quotes");
            }
            int at = in.position();
            String name = in.string();
            in.skipWhitespace();
            in.expect(':');
            in.skipWhitespace();
            Object member = value(in, depth);
            if (members.containsKey(name)) {
                throw new MalformedJson("duplicate member name \"" + name + "\"", at);
            }
            members.put(name, member);
            in.skipWhitespace();
        } while (in.tryConsume(','));
        in.expect('}');
        return Collections.unmodifiableMap(members);
    }

    private List<Object> array(Cursor in, int depth) {
        checkDepth(in, depth);
        in.expect('[');
        List<Object> items = new ArrayList<>();
        in.skipWhitespace();
        if (in.tryConsume(']')) {
            return Collections.unmodifiableList(items);
        }
        do {
            in.skipWhitespace();
            items.add(value(in, depth));
            in.skipWhitespace();
        } while (in.tryConsume(','));
        in.expect(']');
        return Collections.unmodifiableList(items);
    }

    private void checkDepth(Cursor in, int depth) {
        if (depth > maxDepth) {
            throw in.error("nested deeper than " + maxDepth + " levels");
        }
    }

    /** The document is not JSON, or not JSON this reader accepts; the message says why and where. */
    public static final class MalformedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int position;

        public MalformedJson(String problem, int position) {
            super(problem + " at character " + position);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }
}
