package io.throughline.confluence.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.ParameterProblem;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.initiative.Stage;
import io.throughline.web.view.ViewText;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scorecard macro's parameters: all optional, read leniently in case and blanks, refused by name. */
class ScorecardParametersTest {

    private static final ViewText TEXT = ViewText.forLocale(Locale.ENGLISH);

    @Test
    void nothingGivenIsEveryTeamEveryStageAndEveryGroup() {
        ScorecardParameters params = valid(Map.of());

        assertThat(params.team()).isEmpty();
        assertThat(params.stage()).isEmpty();
        assertThat(params.columns()).isEqualTo(EnumSet.allOf(ColumnGroup.class));
    }

    @Test
    void aTeamAStageAndGroupsAreReadIgnoringCaseAndBlanks() {
        ScorecardParameters params = valid(Map.of("team", " Support ", "stage", "delivering",
                "columns", " Outcome ,signals,, "));

        assertThat(params.team()).contains("Support");
        assertThat(params.stage()).contains(Stage.DELIVERING);
        assertThat(params.columns()).containsExactlyInAnyOrder(ColumnGroup.OUTCOME, ColumnGroup.SIGNALS);
        assertThat(params.shows(ColumnGroup.DELIVERY)).isFalse();
    }

    @Test
    void anUnknownStageIsNamedWithTheStagesToChooseFrom() {
        List<ParameterProblem> problems = problems(Map.of("stage", "Launched"));

        assertThat(problems).extracting(ParameterProblem::parameter).containsExactly("stage");
        assertThat(TEXT.text(problems.get(0).message())).isEqualTo("Parameter stage: \"Launched\" is not a stage. Use one"
                + " of BET, COMMITTED, DELIVERING, SHIPPED, VALIDATED, INVALIDATED, ABANDONED, or leave it empty for every"
                + " stage.");
    }

    @Test
    void unknownColumnGroupsAreNamedTogether() {
        List<ParameterProblem> problems = problems(Map.of("columns", "outcome, trends, owner"));

        assertThat(problems).extracting(ParameterProblem::parameter).containsExactly("columns");
        assertThat(TEXT.text(problems.get(0).message())).isEqualTo("Parameter columns: \"trends, owner\" is not a column"
                + " group. List outcome, delivery, coordination or signals separated by commas, or leave it empty for all"
                + " four.");
    }

    @Test
    void everyWrongParameterIsReportedAtOnce() {
        List<ParameterProblem> problems = problems(Map.of("team", "<Growth>", "stage", "x", "columns", "y"));

        assertThat(problems).extracting(ParameterProblem::parameter).containsExactly("team", "stage", "columns");
        assertThat(TEXT.text(problems.get(0).message())).startsWith("Parameter team: \"<Growth>\" is not a team name.");
    }

    @Test
    void theGroupsAreTheJiraPagesGroups() {
        assertThat(EnumSet.allOf(ColumnGroup.class)).extracting(ColumnGroup::parameterName)
                .containsExactly("outcome", "delivery", "coordination", "signals");
        assertThat(EnumSet.allOf(ColumnGroup.class)).extracting(Enum::name).containsExactlyElementsOf(
                EnumSet.allOf(io.throughline.jira.web.scorecard.ScorecardColumns.Group.class).stream().map(Enum::name).toList());
        assertThat(ColumnGroup.named(" Coordination")).isEqualTo(Optional.of(ColumnGroup.COORDINATION));
    }

    private static ScorecardParameters valid(Map<String, String> given) {
        Parsed<ScorecardParameters> parsed = ScorecardParameters.parse(given);
        assertThat(parsed).isInstanceOf(Parsed.Valid.class);
        return ((Parsed.Valid<ScorecardParameters>) parsed).value();
    }

    private static List<ParameterProblem> problems(Map<String, String> given) {
        Parsed<ScorecardParameters> parsed = ScorecardParameters.parse(given);
        assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid<ScorecardParameters>) parsed).problems();
    }
}
