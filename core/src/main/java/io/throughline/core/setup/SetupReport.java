package io.throughline.core.setup;

import java.util.List;

/** The whole setup check, section by section. */
public record SetupReport(List<SetupSection> sections) {

    public SetupReport {
        sections = List.copyOf(sections);
    }

    public long problems() {
        return sections.stream().mapToLong(SetupSection::problems).sum();
    }

    /** Whether a problem can be fixed by the app itself (the page then shows the fix button). */
    public boolean hasFixableProblem() {
        return sections.stream().flatMap(s -> s.findings().stream()).anyMatch(Finding::fixable);
    }
}
