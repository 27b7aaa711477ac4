package io.throughline.jira.web.velocity;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What {@link TemplateScanner} found: every resolved reference, and every reference it could not resolve. */
public record ScanResult(List<TemplateReference> references, List<String> problems) {

    public ScanResult {
        references = List.copyOf(references);
        problems = List.copyOf(problems);
    }

    /** The distinct allowlist entries, sorted. */
    public SortedSet<String> allowlist() {
        return references.stream().map(TemplateReference::allowlistEntry).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The allowlist as Jira's descriptor writes it, one {@code <method>} per line. */
    public String allowlistXml() {
        return allowlist().stream().map(entry -> "<method>" + entry + "</method>").collect(Collectors.joining("\n"));
    }

    /** Throws, listing every problem, unless every reference resolved to a public method. */
    public ScanResult requireResolved() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("template references that do not resolve:\n  "
                    + String.join("\n  ", problems));
        }
        return this;
    }
}
