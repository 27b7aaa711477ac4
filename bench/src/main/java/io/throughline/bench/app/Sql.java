package io.throughline.bench.app;

/** Quoted names of the store's tables and columns, as AO creates them on H2 and PostgreSQL alike. */
public final class Sql {

    private static final String PREFIX = "AO_4B8D87_";

    private Sql() {
    }

    public static String table(String entity) {
        return "\"" + PREFIX + entity + "\"";
    }

    public static String column(String name) {
        return "\"" + name + "\"";
    }
}
