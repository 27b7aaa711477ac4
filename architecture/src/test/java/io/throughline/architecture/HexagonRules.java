package io.throughline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.throughline.architecture.Modules.CONFLUENCE_SIDE;
import static io.throughline.architecture.Modules.CONFLUENCE_WEB;
import static io.throughline.architecture.Modules.CORE;
import static io.throughline.architecture.Modules.JIRA_SIDE;
import static io.throughline.architecture.Modules.JIRA_WEB;
import static io.throughline.architecture.Modules.STORE;
import static io.throughline.architecture.Modules.STORE_STANDALONE;
import static io.throughline.architecture.Modules.WEB_COMMON;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;

/**
 * The rules of the hexagon and of the product split, as values: {@link HexagonTest} applies them
 * to every module's main classes, {@link HexagonRulesCatchViolationsTest} to classes written to
 * break each one.
 */
final class HexagonRules {

    /**
     * Concrete core classes an adapter may still name: small value-like helpers that are neither a
     * use case nor a port, each here for a stated reason.
     */
    static final Set<String> CORE_HELPERS_FOR_ADAPTERS = Set.of(
            // The success-metric syntax: hosts parse the text field and the panel shows parse errors.
            "io.throughline.core.metric.SuccessMetricParser",
            // Messages and field errors are how every refusal reaches a user, in every host.
            "io.throughline.core.common.Messages",
            "io.throughline.core.common.FieldErrors",
            // Values kept as final classes rather than records: the ledger a use case returns (a
            // read-only view over entries), a checked http(s) link, counts by health.
            "io.throughline.core.evidence.Ledger",
            "io.throughline.core.evidence.SourceUrl",
            "io.throughline.core.graph.HealthTally",
            // The one definition of text a person cannot see: refused in input, replaced when shown.
            "io.throughline.core.common.Texts",
            // The trace's pure roll-up, which the panel applies to each epic's items.
            "io.throughline.core.trace.RollUp",
            // A stored scorecard line's two definitions its store must share with the core: the
            // signals' one-column text, and which days start a week (the snapshots kept).
            "io.throughline.core.scorecard.SignalCodec",
            "io.throughline.core.scorecard.ScorecardDays",
            // The wiring of use cases from ports, for a host's composition root.
            "io.throughline.core.Throughline");

    /** Core classes that decide or orchestrate inside the core: policies, graph algorithms, access checks. */
    static final DescribedPredicate<JavaClass> CORE_MACHINERY = new DescribedPredicate<>(
            "the core's machinery (not a use case, port or value)") {
        @Override
        public boolean test(JavaClass named) {
            JavaClass type = named.getBaseComponentType();
            JavaClass outer = type.getEnclosingClass().orElse(type);
            return type.getPackageName().startsWith("io.throughline.core")
                    && !type.isInterface() && !type.isRecord() && !type.isEnum()
                    && !type.isAssignableTo(Throwable.class)
                    && !outer.getSimpleName().endsWith("Service")
                    && !CORE_HELPERS_FOR_ADAPTERS.contains(outer.getName());
        }
    };

    /** The app's own AO entities (the AO access port itself handles entities generically, as AO does). */
    static final DescribedPredicate<JavaClass> OUR_ENTITIES = new DescribedPredicate<>("the app's AO entities") {
        @Override
        public boolean test(JavaClass named) {
            JavaClass type = named.getBaseComponentType();
            return type.getPackageName().startsWith("io.throughline") && type.isAssignableTo("net.java.ao.RawEntity");
        }
    };

    static final ArchRule ADAPTERS_REACH_THE_CORE_THROUGH_USE_CASES_AND_PORTS = noClasses()
            .that().resideInAPackage("io.throughline..").and().resideOutsideOfPackage(CORE)
            .should().dependOnClassesThat(CORE_MACHINERY)
            .because("hosts call the core's use cases, implement its ports and pass its values;"
                    + " how the core decides is its own business (DESIGN §2)");

    static final ArchRule AO_ENTITIES_NEVER_LEAVE_THE_STORE = noClasses()
            .that().resideInAPackage("io.throughline..").and().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat(OUR_ENTITIES)
            .because("repositories map entities to core records; nothing else sees a row (STYLE habit 5)");

    static final ArchRule CONFLUENCE_SIDE_KNOWS_NO_JIRA_TYPE = noClasses()
            .that().resideInAPackage(CONFLUENCE_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    JIRA_SIDE, "com.atlassian.jira..", "com.opensymphony..", "javax.ws.rs..", "org.apache.velocity..")
            .because("the Confluence bundle carries only Confluence-side code; it reads Jira through its REST JSON");

    static final ArchRule JIRA_SIDE_KNOWS_NO_CONFLUENCE_TYPE = noClasses()
            .that().resideInAPackage(JIRA_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    CONFLUENCE_SIDE, "com.atlassian.confluence..", "com.atlassian.applinks..")
            .because("the Jira bundle carries only Jira-side code");

    static final ArchRule COMMON_DEPENDS_ON_NEITHER_PRODUCT = noClasses()
            .that().resideInAPackage(WEB_COMMON)
            .should().dependOnClassesThat().resideInAnyPackage(
                    JIRA_SIDE, CONFLUENCE_SIDE, "com.atlassian..", "com.opensymphony..", "javax.ws.rs..",
                    "org.apache.velocity..", STORE, "net.java.ao..")
            .because("both bundles embed web-common, so it may hold nothing only one product loads");

    static final ArchRule PRODUCT_WEB_MODULES_STAY_HOST_FREE = noClasses()
            .that().resideInAnyPackage(JIRA_WEB, CONFLUENCE_WEB)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "com.opensymphony..", STORE, "net.java.ao..")
            .because("the preview runs jira-web and confluence-web as they are; host types stay in the plugins");

    static final ArchRule STANDALONE_STORE_IS_NEVER_IN_A_PLUGIN = noClasses()
            .that().resideInAnyPackage(JIRA_SIDE, CONFLUENCE_SIDE, CORE)
            .or().resideInAPackage(STORE).and().resideOutsideOfPackage(STORE_STANDALONE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    STORE_STANDALONE, "com.zaxxer.hikari..", "org.h2..", "org.postgresql..")
            .because("inside Jira the store runs on Jira's own database; drivers and pools are for the preview and tests");

    /** A REST method that may change something, and what it must declare. */
    private static final Set<String> WRITES = Set.of("javax.ws.rs.POST", "javax.ws.rs.PUT", "javax.ws.rs.DELETE");

    /** Whether a REST write of ours consumes only JSON (on the method, or on its class when the method says nothing). */
    /**
     * {@code application/json} or a JSON type of its own ({@code application/cloudevents+json}): a
     * browser sends neither cross-site without the other site's consent (both need a CORS preflight).
     */
    private static boolean isJson(String type) {
        return type.equals(MediaType.APPLICATION_JSON) || type.matches("application/[a-z0-9.-]+\\+json");
    }

    private static final ArchCondition<JavaMethod> CONSUME_ONLY_JSON = new ArchCondition<>("consume application/json only") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            Optional<String[]> types = method.tryGetAnnotationOfType(Consumes.class).map(Consumes::value)
                    .or(() -> method.getOwner().tryGetAnnotationOfType(Consumes.class).map(Consumes::value));
            boolean json = types.isPresent() && types.get().length > 0
                    && Arrays.stream(types.get()).allMatch(HexagonRules::isJson);
            boolean excluded = method.isAnnotatedWith(XSRF_EXCLUDED) || method.getOwner().isAnnotatedWith(XSRF_EXCLUDED);
            if (!json || excluded) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + (excluded ? " opts out of Jira's XSRF check" : " does not consume application/json only")));
            }
        }
    };

    private static final String XSRF_EXCLUDED = "com.atlassian.annotations.security.XsrfProtectionExcluded";

    /**
     * Every write of the app's REST API (in Jira and the preview) takes a JSON body and never opts
     * out of Jira's XSRF check: a page on another site cannot send a JSON body without a preflight.
     * The preview's form endpoints are its own pages' stand-ins for Jira actions and are checked by
     * its {@code CrossSiteWrites} instead.
     */
    static final ArchRule WRITES_TAKE_JSON_AND_KEEP_THE_XSRF_CHECK = methods()
            .that().areDeclaredInClassesThat().resideInAnyPackage(JIRA_SIDE)
            .and(new DescribedPredicate<JavaMethod>("are REST writes") {
                @Override
                public boolean test(JavaMethod method) {
                    return WRITES.stream().anyMatch(method::isAnnotatedWith);
                }
            })
            .should(CONSUME_ONLY_JSON)
            .allowEmptyShould(true)
            .because("a write must be a request no other site's page can make a browser send (issue 13)");

    private HexagonRules() {
    }
}
