package io.throughline.core.setup;

import io.throughline.core.common.Message;
import java.util.List;
import java.util.Objects;

/** One part of the setup check (issue type, fields on screens, workflows, stages) and what it found. */
public record SetupSection(String id, Message heading, List<Finding> findings) {

    public SetupSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        findings = List.copyOf(findings);
    }

    public long problems() {
        return findings.stream().filter(Finding::isProblem).count();
    }
}
