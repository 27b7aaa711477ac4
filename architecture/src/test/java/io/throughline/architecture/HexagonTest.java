package io.throughline.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon and the product split, checked on the main classes of every module (the core's own rules live in core). */
@AnalyzeClasses(packages = "io.throughline", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonTest {

    @ArchTest
    static final ArchRule adaptersReachTheCoreThroughUseCasesAndPorts =
            HexagonRules.ADAPTERS_REACH_THE_CORE_THROUGH_USE_CASES_AND_PORTS;

    @ArchTest
    static final ArchRule aoEntitiesNeverLeaveTheStore = HexagonRules.AO_ENTITIES_NEVER_LEAVE_THE_STORE;

    @ArchTest
    static final ArchRule confluenceSideKnowsNoJiraType = HexagonRules.CONFLUENCE_SIDE_KNOWS_NO_JIRA_TYPE;

    @ArchTest
    static final ArchRule jiraSideKnowsNoConfluenceType = HexagonRules.JIRA_SIDE_KNOWS_NO_CONFLUENCE_TYPE;

    @ArchTest
    static final ArchRule commonDependsOnNeitherProduct = HexagonRules.COMMON_DEPENDS_ON_NEITHER_PRODUCT;

    @ArchTest
    static final ArchRule productWebModulesStayHostFree = HexagonRules.PRODUCT_WEB_MODULES_STAY_HOST_FREE;

    @ArchTest
    static final ArchRule standaloneStoreIsNeverInAPlugin = HexagonRules.STANDALONE_STORE_IS_NEVER_IN_A_PLUGIN;

    @ArchTest
    static final ArchRule writesTakeJsonAndKeepTheXsrfCheck = HexagonRules.WRITES_TAKE_JSON_AND_KEEP_THE_XSRF_CHECK;
}
