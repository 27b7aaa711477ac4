package io.throughline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.throughline.confluence.web.fixture.ConfluenceWebFixtures;
import io.throughline.jira.fixture.JiraPluginFixtures;
import io.throughline.jira.web.fixture.JiraWebFixtures;
import io.throughline.web.fixture.CommonFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule reports a class written to break it: none of them passes because it checks nothing. */
class HexagonRulesCatchViolationsTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("machinery", HexagonRules.ADAPTERS_REACH_THE_CORE_THROUGH_USE_CASES_AND_PORTS,
                        JiraWebFixtures.UsesCoreMachinery.class),
                Arguments.of("entity", HexagonRules.AO_ENTITIES_NEVER_LEAVE_THE_STORE, JiraWebFixtures.HoldsAnEntity.class),
                Arguments.of("confluence->jira", HexagonRules.CONFLUENCE_SIDE_KNOWS_NO_JIRA_TYPE,
                        ConfluenceWebFixtures.ReachesIntoJira.class),
                Arguments.of("jira->confluence", HexagonRules.JIRA_SIDE_KNOWS_NO_CONFLUENCE_TYPE,
                        JiraPluginFixtures.ReachesIntoConfluence.class),
                Arguments.of("common->jira", HexagonRules.COMMON_DEPENDS_ON_NEITHER_PRODUCT, CommonFixtures.UsesJiraSide.class),
                Arguments.of("host type", HexagonRules.PRODUCT_WEB_MODULES_STAY_HOST_FREE,
                        ConfluenceWebFixtures.UsesAHostType.class),
                Arguments.of("standalone", HexagonRules.STANDALONE_STORE_IS_NEVER_IN_A_PLUGIN,
                        JiraPluginFixtures.OpensAStandaloneDatabase.class),
                Arguments.of("bodyless write", HexagonRules.WRITES_TAKE_JSON_AND_KEEP_THE_XSRF_CHECK,
                        JiraWebFixtures.TakesAnyBody.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void ruleReportsTheClassWrittenToBreakIt(String name, ArchRule rule, Class<?> breaker) {
        EvaluationResult result = rule.evaluate(classes(breaker));

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(name)
                .anyMatch(line -> line.contains(breaker.getName()));
    }

    @Test
    void anAdapterCallingAUseCaseWithValuesBreaksNoRule() {
        JavaClasses classes = classes(JiraWebFixtures.UsesAUseCase.class);

        violations().map(arguments -> (ArchRule) arguments.get()[1])
                .forEach(rule -> assertThat(rule.allowEmptyShould(true).evaluate(classes).hasViolation())
                        .as(rule.getDescription()).isFalse());
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
