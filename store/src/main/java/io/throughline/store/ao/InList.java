package io.throughline.store.ao;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Values for one {@code IN} condition of a statement: on a database that takes arrays ({@link SqlNames#arrays()})
 * all of them as one array parameter, elsewhere a chunk of at most {@link #CHUNK} as a list of parameters,
 * padded with repeats to the next power of two ({@link #slots}). Texts or whole numbers ({@code sqlType}
 * names the array's element type).
 */
public record InList(List<?> values, boolean array, String sqlType) {

    /** Values per list of parameters, under every database's limit (Oracle's is 1,000). */
    public static final int CHUNK = 500;

    /** The lists for text {@code values}: one with arrays, else one per chunk. */
    public static List<InList> of(SqlNames names, Collection<String> values) {
        return of(names, values, "varchar");
    }

    /** The lists for whole-number {@code values} (ids): one with arrays, else one per chunk. */
    public static List<InList> ofNumbers(SqlNames names, Collection<Integer> values) {
        return of(names, values, "integer");
    }

    private static List<InList> of(SqlNames names, Collection<?> values, String sqlType) {
        List<?> all = List.copyOf(values);
        if (names.arrays()) {
            return all.isEmpty() ? List.of() : List.of(new InList(all, true, sqlType));
        }
        List<InList> lists = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            lists.add(new InList(all.subList(start, Math.min(all.size(), start + CHUNK)), false, sqlType));
        }
        return lists;
    }

    /**
     * Parameters of a list of {@code values} values: the next power of two, at most {@link #CHUNK}. A few
     * statement texts per kind, and a list never much longer than its values: a plan PostgreSQL caches for a
     * statement would count every parameter as a distinct value.
     */
    static int slots(int values) {
        int slots = 1;
        while (slots < values) {
            slots <<= 1;
        }
        return Math.min(CHUNK, slots);
    }

    /** The parameters this list takes in its statement. */
    public int width() {
        return array ? 1 : slots(values.size());
    }

    /** Tells apart the texts of one statement kind: {@code name.any} or {@code name.<slots>}. */
    public String name(String kind) {
        return kind + "." + (array ? "any" : String.valueOf(width()));
    }

    /** The condition on {@code column} (already qualified and quoted). */
    public String condition(String column) {
        return array ? column + " = ANY (?)" : column + " IN (" + String.join(", ", Collections.nCopies(width(), "?")) + ")";
    }

    /** Binds the list from parameter {@code first}; returns the next parameter's index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        if (array) {
            Array values = statement.getConnection().createArrayOf(sqlType, this.values.toArray());
            statement.setArray(first, values);
            return first + 1;
        }
        for (int i = 0; i < width(); i++) {
            statement.setObject(first + i, values.get(Math.min(i, values.size() - 1)));
        }
        return first + width();
    }
}
