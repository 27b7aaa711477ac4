package io.throughline.core.common;

/** Whose an issue is, as far as the host can tell: a team's, no one's (there is no such issue), or unknown. */
public sealed interface IssueOwner {

    /** The host cannot tell (a directory without issues): the issue is taken as typed. */
    record Unknown() implements IssueOwner {
    }

    /** There is no issue with that key. */
    record NoSuchIssue() implements IssueOwner {
    }

    /** The issue belongs to this team. */
    record OfTeam(Team team) implements IssueOwner {
    }
}
