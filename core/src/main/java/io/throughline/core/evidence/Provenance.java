package io.throughline.core.evidence;

import io.throughline.core.common.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * How an evidence entry was made: by a person, posted by a tool account ({@code INTEGRATION}), or
 * proposed by an AI assistant ({@code ASSISTANT}, which names the tool). An assistant's entry is a
 * proposal until a person confirms it; gates never count a proposal.
 */
public record Provenance(Origin origin, Optional<String> tool) {

    public static final int MAX_TOOL = 100;

    /** Made by a person, the default for everything typed on a screen. */
    public static final Provenance PERSON = new Provenance(Origin.PERSON, Optional.empty());

    public enum Origin { PERSON, INTEGRATION, ASSISTANT }

    public Provenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(tool, "tool");
        tool = tool.map(name -> Texts.requireLine(name, "tool", MAX_TOOL));
        if (origin == Origin.PERSON && tool.isPresent()) {
            throw new IllegalArgumentException("a person's entry names no tool");
        }
        if (origin == Origin.ASSISTANT && tool.isEmpty()) {
            throw new IllegalArgumentException("an assistant's entry names the assistant");
        }
    }

    public static Provenance of(Origin origin, String tool) {
        return new Provenance(origin, Optional.ofNullable(tool));
    }

    /** Whether a person must confirm the entry before any gate counts it. */
    public boolean needsConfirmation() {
        return origin == Origin.ASSISTANT;
    }
}
