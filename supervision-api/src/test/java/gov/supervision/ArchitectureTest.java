package gov.supervision;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of STYLE.md: api → query → core, messages free of frameworks, aggregates hidden. */
@AnalyzeClasses(packages = "gov.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfReadSideOrWeb = noClasses()
            .that().resideInAPackage("gov.supervision.core..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.query..", "gov.supervision.web..");

    @ArchTest
    static final ArchRule coreHasNoWebNoPersistence = noClasses()
            .that().resideInAPackage("gov.supervision.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.data..", "org.springframework.jdbc..",
                    "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..");

    @ArchTest
    static final ArchRule queryReadsOnlyTheMessageContractOfCore = noClasses()
            .that().resideInAPackage("gov.supervision.query..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.web..")
            .orShould().dependOnClassesThat(describe("core classes outside core.api and the office calendar",
                    (JavaClass c) -> c.getPackageName().startsWith("gov.supervision.core.")
                            && !c.getPackageName().startsWith("gov.supervision.core.api")
                            && !c.getPackageName().equals("gov.supervision.core.time")));

    @ArchTest
    static final ArchRule webUsesOnlyTheContractsOfCoreAndQuery = noClasses()
            .that().resideInAPackage("gov.supervision.web..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.core.task..",
                    "gov.supervision.core.inspection..", "gov.supervision.query.ledger..",
                    "gov.supervision.query.history..", "gov.supervision.query.warning..",
                    "gov.supervision.query.escalation..", "gov.supervision.query.common..");

    @ArchTest
    static final ArchRule messagesAreFreeOfSpringAndJpa = noClasses()
            .that().resideInAnyPackage("gov.supervision.core.api..", "gov.supervision.query.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule commandsAndEventsAreRecords = classes()
            .that().resideInAPackage("gov.supervision.core.api..")
            .and().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Event")
            .should().beRecords();

    @ArchTest
    static final ArchRule aggregatesAndProjectionsArePackagePrivate = classes()
            .that().resideInAnyPackage("gov.supervision.core.task..", "gov.supervision.core.inspection..",
                    "gov.supervision.query.ledger..", "gov.supervision.query.history..",
                    "gov.supervision.query.warning..", "gov.supervision.query.escalation..")
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersAreThin = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..",
                    "org.axonframework.eventsourcing..");
}
