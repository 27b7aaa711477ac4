package io.throughline.web.view;

/**
 * What each gate is called where it lies ahead, and how its verdict reads: the same words on the
 * issue panel and on the Confluence status card. Keys are literal so the bundle test sees them;
 * a gate this version does not know (a newer Jira) reads with the generic words.
 */
public final class GateWords {

    private GateWords() {
    }

    /** The question the gate answers, e.g. "Ready to commit?". */
    public static String headingKey(String gate) {
        return switch (gate) {
            case "commit" -> "throughline.web.gate.commit.heading";
            case "outcome" -> "throughline.web.gate.outcome.heading";
            case "invalidation" -> "throughline.web.gate.invalidation.heading";
            default -> "throughline.web.gate.heading";
        };
    }

    /** The verdict when every check passes. */
    public static String passedKey(String gate) {
        return switch (gate) {
            case "commit" -> "throughline.web.gate.commit.passed";
            case "outcome" -> "throughline.web.gate.outcome.passed";
            case "invalidation" -> "throughline.web.gate.invalidation.passed";
            default -> "throughline.web.gate.passed";
        };
    }

    /** The verdict when checks fail; its one argument is how many ✗ items the checklist shows. */
    public static String blockedKey(String gate) {
        return switch (gate) {
            case "commit" -> "throughline.web.gate.commit.blocked";
            case "outcome" -> "throughline.web.gate.outcome.blocked";
            case "invalidation" -> "throughline.web.gate.invalidation.blocked";
            default -> "throughline.web.gate.blocked";
        };
    }

    /** What a stage with no gate ahead reads as: in delivery until it ships, or closed. */
    public static String noGateKey(boolean closed) {
        return closed ? "throughline.web.stage-note.closed" : "throughline.web.stage-note.delivery";
    }
}
