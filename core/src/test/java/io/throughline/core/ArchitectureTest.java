package io.throughline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core decides; it must stay free of every host and framework so platform ports stay mechanical. */
@AnalyzeClasses(packages = "io.throughline.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoHostOrFramework = noClasses()
            .that().resideInAPackage("io.throughline.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "com.opensymphony..", "net.java.ao..", "javax.ws.rs..", "jakarta..",
                    "org.apache.velocity..", "javax.servlet..", "org.springframework..", "javax.inject..")
            .because("hosts adapt to the core, never the other way round (DESIGN §2)");

    @ArchTest
    static final ArchRule coreDoesNotReachOutToOtherModules = noClasses()
            .that().resideInAPackage("io.throughline.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.throughline.store..", "io.throughline.web..", "io.throughline.jira..",
                    "io.throughline.confluence..", "io.throughline.preview..");

    @ArchTest
    static final ArchRule featurePackagesDependOnEachOtherOneWay = slices()
            .matching("io.throughline.core.(*)..")
            .should().beFreeOfCycles()
            .because("each feature builds on the ones below it; a cycle would make them one package in disguise");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsEveryPort = noClasses()
            .that().resideInAPackage("io.throughline.core.*..")
            .should().dependOnClassesThat().resideInAPackage("io.throughline.core")
            .because("use cases take the ports they use; Ports and Throughline are wiring for hosts, above every feature");

    @ArchTest
    static final ArchRule domainDoesNotDependOnServicesOrPortfolio = noClasses()
            .that().resideInAnyPackage("io.throughline.core.metric..", "io.throughline.core.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("io.throughline.core.portfolio..")
            .because("the graph and metric are building blocks the portfolio service composes");
}
