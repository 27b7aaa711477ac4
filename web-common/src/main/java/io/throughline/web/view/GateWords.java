package io.throughline.web.view;

import java.util.Map;

/**
 * What each gate is called where it lies ahead, and how its verdict reads: the same words on the
 * issue panel and on the Confluence status card. Keys are literal so the bundle test sees them;
 * a gate this version does not know (a newer Jira) reads with the generic words.
 */
public final class GateWords {

    /** A gate's question, its verdict when every check passes, and when some fail ({0}: how many ✗ items). */
    private record Keys(String heading, String passed, String blocked) {
    }

    private static final Map<String, Keys> BY_GATE = Map.of(
            "commit", new Keys("throughline.web.gate.commit.heading", "throughline.web.gate.commit.passed",
                    "throughline.web.gate.commit.blocked"),
            "outcome", new Keys("throughline.web.gate.outcome.heading", "throughline.web.gate.outcome.passed",
                    "throughline.web.gate.outcome.blocked"),
            "invalidation", new Keys("throughline.web.gate.invalidation.heading",
                    "throughline.web.gate.invalidation.passed", "throughline.web.gate.invalidation.blocked"));
    private static final Keys ANY_GATE = new Keys("throughline.web.gate.heading", "throughline.web.gate.passed",
            "throughline.web.gate.blocked");

    private GateWords() {
    }

    /** The question the gate answers, e.g. "Ready to commit?". */
    public static String headingKey(String gate) {
        return BY_GATE.getOrDefault(gate, ANY_GATE).heading();
    }

    /** The verdict when every check passes. */
    public static String passedKey(String gate) {
        return BY_GATE.getOrDefault(gate, ANY_GATE).passed();
    }

    /** The verdict when checks fail; its one argument is how many ✗ items the checklist shows. */
    public static String blockedKey(String gate) {
        return BY_GATE.getOrDefault(gate, ANY_GATE).blocked();
    }

    /** What a stage with no gate ahead reads as: in delivery until it ships, or closed. */
    public static String noGateKey(boolean closed) {
        return closed ? "throughline.web.stage-note.closed" : "throughline.web.stage-note.delivery";
    }
}
