package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.StageMapping;
import io.throughline.core.initiative.StageMappingRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * The setup check for admins: reads the host's setup and judges it section by section; on request,
 * puts the app's fields on the Initiative screens that lack them (and nothing else). A second run
 * changes nothing.
 */
public final class SetupService {

    private final SetupFacts facts;
    private final StageMappingRepository mappings;
    private final List<SectionCheck> checks;

    public SetupService(SetupFacts facts, StageMappingRepository mappings, String issueTypeName) {
        this(facts, mappings, issueTypeName, List.of());
    }

    /** The check with one more section: the delivery trace's link type (on hosts that have delivery work). */
    public SetupService(SetupFacts facts, StageMappingRepository mappings, String issueTypeName, DeliveryLinkFacts link) {
        this(facts, mappings, issueTypeName, List.of(new DeliveryLinkCheck(link)));
    }

    private SetupService(SetupFacts facts, StageMappingRepository mappings, String issueTypeName,
                         List<SectionCheck> more) {
        this.facts = facts;
        this.mappings = mappings;
        List<SectionCheck> all = new ArrayList<>(List.of(new IssueTypeCheck(issueTypeName), new FieldScreensCheck(),
                new WorkflowGatesCheck(), new StageMappingCheck()));
        all.addAll(more);
        this.checks = List.copyOf(all);
    }

    public SetupReport report() {
        SetupSnapshot setup = facts.snapshot();
        StageMapping mapping = mappings.mapping();
        return new SetupReport(checks.stream().map(check -> check.check(setup, mapping)).toList());
    }

    /** Adds each existing field of the app to each Initiative screen that lacks it, and says what changed. */
    public ScreenFix addMissingFieldsToScreens() {
        SetupSnapshot setup = facts.snapshot();
        List<Message> changes = new ArrayList<>();
        List<Message> refusals = new ArrayList<>();
        for (SetupSnapshot.Screen screen : setup.screens()) {
            for (SetupSnapshot.Field field : setup.fields()) {
                if (field.id().isEmpty() || screen.holds(field)) {
                    continue;
                }
                if (facts.addFieldToScreen(screen.id(), field.id().get())) {
                    changes.add(Message.of("throughline.setup.fix.added", field.name(), screen.name()));
                } else {
                    refusals.add(Message.of("throughline.setup.fix.no-tab", screen.name(), field.name()));
                }
            }
        }
        return new ScreenFix(changes, refusals);
    }
}
