package io.throughline.store.performance;

import io.throughline.store.ao.SqlNames;
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
 * padded with repeats to the next power of two ({@link #slots}).
 */
record InList(List<String> values, boolean array) {

    /** Values per list of parameters, under every database's limit (Oracle's is 1,000). */
    static final int CHUNK = 500;

    /** The lists for {@code values}: one with arrays, else one per chunk. */
    static List<InList> of(SqlNames names, Collection<String> values) {
        List<String> all = List.copyOf(values);
        if (names.arrays()) {
            return all.isEmpty() ? List.of() : List.of(new InList(all, true));
        }
        List<InList> lists = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            lists.add(new InList(all.subList(start, Math.min(all.size(), start + CHUNK)), false));
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
    int width() {
        return array ? 1 : slots(values.size());
    }

    /** Tells apart the texts of one statement kind: {@code name.any} or {@code name.<slots>}. */
    String name(String kind) {
        return kind + "." + (array ? "any" : String.valueOf(width()));
    }

    /** The condition on {@code column} (already qualified and quoted). */
    String condition(String column) {
        return array ? column + " = ANY (?)" : column + " IN (" + String.join(", ", Collections.nCopies(width(), "?")) + ")";
    }

    /** Binds the list from parameter {@code first}; returns the next parameter's index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        if (array) {
            Array values = statement.getConnection().createArrayOf("varchar", this.values.toArray());
            statement.setArray(first, values);
            return first + 1;
        }
        for (int i = 0; i < width(); i++) {
            statement.setString(first + i, values.get(Math.min(i, values.size() - 1)));
        }
        return first + width();
    }
}
