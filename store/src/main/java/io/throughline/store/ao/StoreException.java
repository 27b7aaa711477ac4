package io.throughline.store.ao;

import java.sql.SQLException;

/** A database failure, carried unchecked through the repositories. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the failure, or anything it was caused by, is a unique-constraint violation
     * (SQLSTATE 23505 on H2 and PostgreSQL). Other integrity violations are bugs, not races.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, "23505");
    }

    /**
     * Whether the database rolled the whole transaction back so that it may simply be run again:
     * SQLSTATE class 40, a serialization failure (40001: PostgreSQL's SERIALIZABLE, H2's "deadlock"
     * between snapshot writers) or a deadlock (40P01 on PostgreSQL).
     */
    public static boolean isRolledBackForRetry(Throwable failure) {
        return hasSqlState(failure, "40");
    }

    private static boolean hasSqlState(Throwable failure, String prefix) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(prefix)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
