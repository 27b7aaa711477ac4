package io.throughline.core.common;

import java.util.List;

/**
 * Why a service refused an operation. Each kind maps to one HTTP status in the REST layer; the
 * message is an i18n key with arguments, never a stack trace, so hosts can show it as it is.
 */
public abstract sealed class ThroughlineException extends RuntimeException {

    private final transient Message problem;

    private ThroughlineException(Message problem) {
        super(problem.key() + problem.args());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }

    /** Input that breaks a rule; every offending field is listed and nothing was stored. */
    public static final class InvalidInput extends ThroughlineException {
        private final transient List<FieldError> errors;

        public InvalidInput(List<FieldError> errors) {
            super(Message.of("throughline.error.invalid-input", errors.size()));
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("invalid input needs at least one field error");
            }
            this.errors = List.copyOf(errors);
        }

        public static InvalidInput of(String field, Message message) {
            return new InvalidInput(List.of(new FieldError(field, message)));
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** The thing does not exist, or the user may not see it (which must look the same). */
    public static final class NotFound extends ThroughlineException {
        public NotFound(Message problem) {
            super(problem);
        }
    }

    /** The user may see the thing but not do this to it. */
    public static final class Forbidden extends ThroughlineException {
        public Forbidden(Message problem) {
            super(problem);
        }
    }

    /** The thing's current state does not allow this, or someone else changed it first. */
    public static final class Conflict extends ThroughlineException {
        public Conflict(Message problem) {
            super(problem);
        }
    }
}
