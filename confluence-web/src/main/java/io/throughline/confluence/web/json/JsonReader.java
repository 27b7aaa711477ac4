package io.throughline.confluence.web.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the macros receive from Jira, read with Jackson's streaming parser as the host provides
 * it: objects become {@code Map<String, Object>} (in document order), arrays {@code List<Object>},
 * numbers {@link BigDecimal}, and {@code true}, {@code false}, {@code null} become {@link Boolean}
 * and {@code null}. Jackson's defaults are strict RFC 8259 (no comments, quotes other than double,
 * bare names, trailing commas, leading zeros or plus signs, NaN, raw control characters); on top
 * of them this reader refuses duplicate member names, content after the document, documents longer
 * than its size limit and nesting deeper than its depth limit, each with a message that says where.
 */
public final class JsonReader {

    /**
     * A 200-team portfolio's team×team matrix alone is about 4 Mi characters (measured by the bench);
     * 16 Mi leaves room for that and a capped list without letting a runaway answer exhaust memory.
     */
    public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** Thread-safe once configured; parsers it creates are per call. */
    private static final JsonFactory FACTORY = new JsonFactory();

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
        try (JsonParser parser = FACTORY.createParser(document)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJson("unexpected end of document", document.length());
            }
            Object value = value(parser, first, 0);
            if (parser.nextToken() != null) {
                throw new MalformedJson("unexpected content after the document", at(parser.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedJson(e.getOriginalMessage(), at(e.getLocation()));
        } catch (IOException e) {
            // A String source does no I/O; anything else Jackson reports is still a document it could not read.
            throw new MalformedJson(String.valueOf(e.getMessage()), 0);
        }
    }

    /** The value that starts at {@code token}; containers are read member by member, never the whole text at once. */
    private Object value(JsonParser in, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(in, depth + 1);
            case START_ARRAY:
                return array(in, depth + 1);
            case VALUE_STRING:
                return in.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return in.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new MalformedJson("unexpected " + token, at(in.currentTokenLocation()));
        }
    }

    private Map<String, Object> object(JsonParser in, int depth) throws IOException {
        checkDepth(in, depth);
        Map<String, Object> members = new LinkedHashMap<>();
        for (JsonToken token = next(in); token != JsonToken.END_OBJECT; token = next(in)) {
            // Jackson only ever hands a name here: anything else in an object is its own parse error.
            String name = in.currentName();
            int nameAt = at(in.currentTokenLocation());
            if (members.containsKey(name)) {
                throw new MalformedJson("duplicate member name \"" + name + "\"", nameAt);
            }
            members.put(name, value(in, next(in), depth));
        }
        return Collections.unmodifiableMap(members);
    }

    private List<Object> array(JsonParser in, int depth) throws IOException {
        checkDepth(in, depth);
        List<Object> items = new ArrayList<>();
        for (JsonToken token = next(in); token != JsonToken.END_ARRAY; token = next(in)) {
            items.add(value(in, token, depth));
        }
        return Collections.unmodifiableList(items);
    }

    private static JsonToken next(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        if (token == null) {
            throw new MalformedJson("unexpected end of document", at(in.currentLocation()));
        }
        return token;
    }

    private void checkDepth(JsonParser in, int depth) {
        if (depth > maxDepth) {
            throw new MalformedJson("nested deeper than " + maxDepth + " levels", at(in.currentTokenLocation()));
        }
    }

    private static int at(JsonLocation location) {
        return location == null ? 0 : (int) Math.max(0, location.getCharOffset());
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
