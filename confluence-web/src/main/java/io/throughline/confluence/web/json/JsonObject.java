package io.throughline.confluence.web.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, strict access to an object {@link JsonReader} produced: a member of the wrong type, or a
 * required member that is missing or null, is a {@link JsonShapeException} naming the member's path.
 */
public final class JsonObject {

    private final Map<?, ?> members;
    private final String path;

    private JsonObject(Map<?, ?> members, String path) {
        this.members = members;
        this.path = path;
    }

    /** The document's top level, which must be an object. */
    public static JsonObject root(Object value) {
        return of(value, "$");
    }

    static JsonObject of(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject(map, path);
        }
        throw new JsonShapeException(path + " is not an object");
    }

    public String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    public Optional<String> optionalString(String name) {
        return optional(name, String.class);
    }

    public boolean bool(String name) {
        return optional(name, Boolean.class).orElseThrow(() -> missing(name));
    }

    public long integer(String name) {
        BigDecimal number = optionalNumber(name).orElseThrow(() -> missing(name));
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new JsonShapeException(path(name) + " is not a whole number");
        }
    }

    public Optional<BigDecimal> optionalNumber(String name) {
        return optional(name, BigDecimal.class);
    }

    public JsonObject object(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    public Optional<JsonObject> optionalObject(String name) {
        Object value = members.get(name);
        return value == null ? Optional.empty() : Optional.of(of(value, path(name)));
    }

    /** The member, which must be an array, as raw values. */
    public List<?> array(String name) {
        return optional(name, List.class).orElseThrow(() -> missing(name));
    }

    /** The member, which must be an array of objects. */
    public List<JsonObject> objects(String name) {
        List<?> items = array(name);
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> of(items.get(i), path(name) + "[" + i + "]")).toList();
    }

    /** The member, which must be an array of strings. */
    public List<String> strings(String name) {
        return strings(array(name), path(name));
    }

    static List<String> strings(List<?> items, String path) {
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String)) {
                throw new JsonShapeException(path + "[" + i + "] is not a string");
            }
        }
        return items.stream().map(String.class::cast).toList();
    }

    /** An array of arrays of strings (team cycles). */
    public List<List<String>> stringLists(String name) {
        List<?> items = array(name);
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> {
            if (!(items.get(i) instanceof List<?> inner)) {
                throw new JsonShapeException(path(name) + "[" + i + "] is not an array");
            }
            return strings(inner, path(name) + "[" + i + "]");
        }).toList();
    }

    /** Member names in document order. */
    public List<String> names() {
        return members.keySet().stream().map(String::valueOf).toList();
    }

    private <T> Optional<T> optional(String name, Class<T> type) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new JsonShapeException(path(name) + " is not " + describe(type));
        }
        return Optional.of(type.cast(value));
    }

    private static String describe(Class<?> type) {
        return type == String.class ? "a string" : type == Boolean.class ? "true or false"
                : type == BigDecimal.class ? "a number" : "an array";
    }

    private JsonShapeException missing(String name) {
        return new JsonShapeException(path(name) + " is missing");
    }

    private String path(String name) {
        return path + "." + name;
    }
}
