package io.throughline.core.assumption;

import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One assumption a bet rests on, as listed (who, when, the text) and every resolution since, oldest
 * first: each says CONFIRMED or REFUTED and points at the evidence entry that settled it. Nothing is
 * changed in place: a resolution is a new record, and the latest one is the assumption's status.
 */
public record Assumption(AssumptionId id, InitiativeKey initiative, String text, UserRef listedBy, Instant listedAt,
                         List<Resolution> resolutions) {

    public static final int MAX_TEXT = 450;

    /** One settlement: the status, the evidence entry that settled it, who said so and when. */
    public record Resolution(AssumptionStatus status, EvidenceId evidence, UserRef by, Instant at) {
        public Resolution {
            Objects.requireNonNull(status, "status");
            if (status == AssumptionStatus.OPEN) {
                throw new IllegalArgumentException("a resolution confirms or refutes");
            }
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public Assumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiative, "initiative");
        text = Texts.requireLine(text, "assumption", MAX_TEXT);
        Objects.requireNonNull(listedBy, "listedBy");
        Objects.requireNonNull(listedAt, "listedAt");
        resolutions = List.copyOf(resolutions);
    }

    public AssumptionStatus status() {
        return latest().map(Resolution::status).orElse(AssumptionStatus.OPEN);
    }

    public Optional<Resolution> latest() {
        return resolutions.isEmpty() ? Optional.empty() : Optional.of(resolutions.get(resolutions.size() - 1));
    }
}
