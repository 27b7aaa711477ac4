package io.throughline.core.digest;

import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An initiative's stage over a digest's window: where it stood at the start (empty when it was created
 * in the window), where at the end, and every recorded change in between, in order (its creation first
 * when it was created in the window).
 */
public record StageMoves(Optional<Stage> atStart, Stage atEnd, List<StageChange> moves) {

    public StageMoves {
        Objects.requireNonNull(atStart, "atStart");
        Objects.requireNonNull(atEnd, "atEnd");
        moves = List.copyOf(moves);
    }

    /** No change in the window: it stood at {@code stage} throughout. */
    public static StageMoves still(Stage stage) {
        return new StageMoves(Optional.of(stage), stage, List.of());
    }

    /** Created in the window (its first record is in it). */
    public boolean created() {
        return atStart.isEmpty();
    }

    /** It moved in the window and ended in the stage it started in (a move and back). */
    public boolean endedWhereStarted() {
        return !moves.isEmpty() && atStart.filter(stage -> stage == atEnd).isPresent();
    }

    /** The moves from one stage to another (its creation left out). */
    public List<StageChange> stageMoves() {
        return moves.stream().filter(change -> change.from().isPresent()).toList();
    }

    /** The moves that made a commitment: into a committed stage from an uncommitted one, or created committed. */
    public List<StageChange> commitments() {
        return moves.stream().filter(StageChange::entersCommitment).toList();
    }
}
