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
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().equals("23505")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
