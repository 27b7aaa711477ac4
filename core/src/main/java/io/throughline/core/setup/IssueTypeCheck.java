package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.StageMapping;
import java.util.ArrayList;
import java.util.List;

/** The Initiative issue type exists and some project's issue type scheme includes it. */
final class IssueTypeCheck implements SectionCheck {

    static final String ID = "issue-type";
    private final String issueTypeName;

    IssueTypeCheck(String issueTypeName) {
        this.issueTypeName = issueTypeName;
    }

    @Override
    public SetupSection check(SetupSnapshot setup, StageMapping mapping) {
        List<Finding> findings = new ArrayList<>();
        if (setup.issueType().isEmpty()) {
            findings.add(Finding.problem(Message.of("throughline.setup.issue-type.missing", issueTypeName),
                    Message.of("throughline.setup.provision.fix")));
        } else {
            String name = setup.issueType().get();
            findings.add(Finding.ok(Message.of("throughline.setup.issue-type.present", name)));
            for (SetupSnapshot.Scheme scheme : setup.schemes()) {
                findings.add(Finding.ok(Message.of("throughline.setup.issue-type.scheme", scheme.name(), name,
                        String.join(", ", scheme.projects()))));
            }
            if (setup.schemes().isEmpty()) {
                findings.add(Finding.problem(Message.of("throughline.setup.issue-type.no-scheme", name),
                        Message.of("throughline.setup.issue-type.no-scheme.fix", name)));
            }
        }
        return new SetupSection(ID, Message.of("throughline.setup.section.issue-type"), findings);
    }
}
