package io.throughline.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import io.throughline.core.gate.Gate;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InMemorySetupFacts;
import io.throughline.core.testing.InMemoryStageMappings;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupServiceTest {

    private static final Set<ScreenOperation> EDIT_VIEW = EnumSet.of(ScreenOperation.EDIT, ScreenOperation.VIEW);
    private final InMemoryStageMappings mappings = new InMemoryStageMappings();
    private final Messages english = Messages.english();

    private static SetupSnapshot.Workflow gatedWorkflow(String name, String... statuses) {
        return new SetupSnapshot.Workflow(name, List.of(statuses), List.of(
                new SetupSnapshot.Transition("Commit", List.of(new SetupSnapshot.GateSetting(Gate.COMMIT,
                        Map.of("minEvidenceCount", "3", "maxEvidenceAgeDays", "60")))),
                new SetupSnapshot.Transition("Validate", List.of(new SetupSnapshot.GateSetting(Gate.OUTCOME, Map.of()))),
                new SetupSnapshot.Transition("Invalidate",
                        List.of(new SetupSnapshot.GateSetting(Gate.INVALIDATION, Map.of())))));
    }

    private InMemorySetupFacts complete() {
        return new InMemorySetupFacts().scheme("Product scheme", "GROW", "DATA")
                .screen("1", "Initiative create", EnumSet.of(ScreenOperation.CREATE), InMemorySetupFacts.FIELD_NAMES.toArray(String[]::new))
                .screen("2", "Initiative edit and view", EDIT_VIEW, InMemorySetupFacts.FIELD_NAMES.toArray(String[]::new))
                .workflow(gatedWorkflow("Initiative flow", "Bet", "Committed", "Shipped", "Validated", "Invalidated"));
    }

    private SetupService service(InMemorySetupFacts facts) {
        return new SetupService(facts, mappings, "Initiative");
    }

    private List<String> problems(SetupReport report, String section) {
        return report.sections().stream().filter(s -> s.id().equals(section)).flatMap(s -> s.findings().stream())
                .filter(Finding::isProblem).map(f -> english.format(f.text())).toList();
    }

    @Test
    void aCompleteSetupHasNoProblemAndNothingToFix() {
        SetupReport report = service(complete()).report();

        assertThat(report.problems()).isZero();
        assertThat(report.hasFixableProblem()).isFalse();
        assertThat(report.sections()).extracting(SetupSection::id)
                .containsExactly("issue-type", "fields", "workflows", "stages");
    }

    @Test
    void aScreenLackingFieldsIsAFixableProblemNamingTheScreenAndTheFields() {
        InMemorySetupFacts facts = complete().screen("3", "Shared view", EnumSet.of(ScreenOperation.VIEW), "Initiative owner");

        SetupReport report = service(facts).report();

        assertThat(problems(report, "fields")).containsExactly("The view screen Shared view lacks: Success metric, Evidence horizon.");
        assertThat(report.hasFixableProblem()).isTrue();
    }

    @Test
    void theFixPutsEachMissingFieldOnEachScreenOnceAndASecondRunChangesNothing() {
        InMemorySetupFacts facts = complete()
                .screen("3", "Shared view", EnumSet.of(ScreenOperation.VIEW), "Initiative owner")
                .screen("4", "Default screen", EnumSet.of(ScreenOperation.CREATE, ScreenOperation.EDIT));

        ScreenFix first = service(facts).addMissingFieldsToScreens();
        ScreenFix second = service(facts).addMissingFieldsToScreens();

        assertThat(first.changes()).extracting(english::format).containsExactly(
                "Added Success metric to the screen Shared view.", "Added Evidence horizon to the screen Shared view.",
                "Added Initiative owner to the screen Default screen.", "Added Success metric to the screen Default screen.",
                "Added Evidence horizon to the screen Default screen.");
        assertThat(facts.fieldIdsOn("4")).hasSize(3);
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.refusals()).isEmpty();
        assertThat(facts.additions()).isEqualTo(5);
        assertThat(service(facts).report().problems()).isZero();
    }

    @Test
    void aScreenWithoutTabsIsReportedAsRefusedNotAsChanged() {
        InMemorySetupFacts facts = complete().screenWithoutTabs("5", "Empty", EnumSet.of(ScreenOperation.VIEW));

        ScreenFix fix = service(facts).addMissingFieldsToScreens();

        assertThat(fix.changes()).isEmpty();
        assertThat(fix.refusals()).extracting(english::format)
                .first().asString().startsWith("The screen Empty has no tab to put Initiative owner on");
    }

    @Test
    void aFieldThatDoesNotExistIsAProblemFixedByProvisioningAndNeverAddedToScreens() {
        InMemorySetupFacts facts = complete().withoutField("Evidence horizon");

        SetupReport report = service(facts).report();
        ScreenFix fix = service(facts).addMissingFieldsToScreens();

        assertThat(problems(report, "fields")).contains("The field Evidence horizon does not exist.");
        assertThat(report.sections().get(1).findings()).filteredOn(Finding::isProblem)
                .allSatisfy(f -> assertThat(f.fix().map(Message::key)).contains("throughline.setup.provision.fix"));
        assertThat(report.hasFixableProblem()).isFalse();
        assertThat(fix.changedNothing()).isTrue();
    }

    @Test
    void aMissingIssueTypeOrSchemeIsAProblem() {
        assertThat(problems(service(new InMemorySetupFacts().withoutIssueType()).report(), "issue-type"))
                .containsExactly("The issue type Initiative does not exist.");
        assertThat(problems(service(new InMemorySetupFacts()).report(), "issue-type"))
                .containsExactly("No project's issue type scheme includes Initiative, so nobody can create an initiative.");
    }

    @Test
    void eachWorkflowShowsTheTransitionsCarryingEachGateWithTheirSettings() {
        SetupSection workflows = service(complete()).report().sections().get(2);

        assertThat(workflows.findings()).extracting(f -> english.format(f.text())).containsExactly(
                "Workflow Initiative flow: the transition Commit carries the commit gate, with the settings "
                        + "maxEvidenceAgeDays = 60, minEvidenceCount = 3.",
                "Workflow Initiative flow: the transition Validate carries the outcome gate, with the app's default settings.",
                "Workflow Initiative flow: the transition Invalidate carries the invalidation gate, with the app's default settings.");
    }

    @Test
    void aWorkflowWithoutAGateSaysWhichGateAndHowToAddIt() {
        InMemorySetupFacts facts = complete().workflow(new SetupSnapshot.Workflow("Simplified", List.of("To Do", "Done"),
                List.of(new SetupSnapshot.Transition("Finish", List.of()))));

        SetupReport report = service(facts).report();

        assertThat(problems(report, "workflows")).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("Workflow Simplified: no transition carries"));
        assertThat(report.sections().get(2).findings()).filteredOn(Finding::isProblem)
                .allSatisfy(f -> assertThat(english.format(f.fix().orElseThrow())).contains("Edit the workflow Simplified"));
    }

    @Test
    void everyStatusThatMapsToNoStageIsAProblemUntilAnAdminMapsIt() {
        InMemorySetupFacts facts = complete().workflow(gatedWorkflow("Other", "Bet", "Ready for launch"));

        assertThat(problems(service(facts).report(), "stages")).containsExactly(
                "The status Ready for launch (workflow Other) means no stage, so an initiative moved there keeps its previous stage.");
        mappings.put("Ready for launch", Optional.of(Stage.SHIPPED));
        assertThat(problems(service(facts).report(), "stages")).isEmpty();
    }

    @Test
    void aProblemAlwaysSaysHowToFixItAndAFineFindingNeedsNoFix() {
        Message text = Message.of("throughline.setup.stage.none");
        assertThatThrownBy(() -> new Finding(Finding.Status.PROBLEM, text, Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(Finding.Status.OK, text, Optional.of(text), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
