package io.throughline.confluence.web.jira;

import java.time.Duration;

/** What one request to Jira produced: the parsed JSON document, or why there is none. */
public sealed interface JiraReply {

    /** A 2xx answer whose body parsed as JSON. */
    record Ok(Object json) implements JiraReply {
    }

    /** A failure; the macro shows what went wrong and what the reader can do. */
    sealed interface Failure extends JiraReply {

        /** True when an earlier answer may stand in for this one (Jira down or confused, not a refusal). */
        default boolean transientFailure() {
            return true;
        }
    }

    /** No connection could be made, or it broke; {@code detail} is for the log, never shown raw. */
    record Unreachable(String detail) implements Failure {
    }

    /** Connecting or answering took longer than allowed. */
    record TimedOut(Duration limit) implements Failure {
    }

    /** Jira answered with an error status; {@code message} is Jira's own words when it sent any (else null). */
    record HttpError(int status, String message) implements Failure {
        @Override
        public boolean transientFailure() {
            return status >= 500 || status == 429;
        }
    }

    /** A 2xx answer that is not the JSON the contract promises. */
    record Malformed(String detail) implements Failure {
    }

    /** The viewer has not yet authorised Confluence to act for them in Jira; they can at this address. */
    record CredentialsRequired(String authorisationUrl) implements Failure {
        @Override
        public boolean transientFailure() {
            return false;
        }
    }

    /** No application link to Jira is configured. */
    record NotLinked() implements Failure {
        @Override
        public boolean transientFailure() {
            return false;
        }
    }
}
