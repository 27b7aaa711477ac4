package io.throughline.store.ao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Helpers for {@link SqlRead}s: nullable columns, and one value object per distinct text in a read. */
public final class Rows {

    private Rows() {
    }

    /** A nullable BIGINT column. */
    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A nullable INTEGER column. */
    public static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /**
     * The constant named by a stored text. A linear scan with {@code equals} (length first) beats
     * {@link Enum#valueOf}'s map for a handful of constants: a freshly read string has no cached hash.
     */
    public static <E extends Enum<E>> E constant(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + constants.getClass().getComponentType().getSimpleName()
                + " named " + name);
    }

    /**
     * Builds each distinct value once per read: a portfolio repeats a few hundred team names and
     * user keys across hundreds of thousands of rows, and each would otherwise be validated and kept
     * again.
     */
    public static final class Distinct<T> {
        private final Map<String, T> seen = new HashMap<>();
        private final Function<String, T> make;

        public Distinct(Function<String, T> make) {
            this.make = make;
        }

        public T of(String text) {
            T known = seen.get(text);
            if (known == null) {
                known = make.apply(text);
                seen.put(text, known);
            }
            return known;
        }
    }
}
