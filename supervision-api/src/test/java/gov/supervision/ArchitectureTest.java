package gov.supervision;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import gov.supervision.core.api.archviolation.ClassNotRecordCommand;
import gov.supervision.core.api.archviolation.MessageUsingSpringViolation;
import gov.supervision.core.archviolation.AllowedParameterResolverFactory;
import gov.supervision.core.archviolation.CoreUsingInfrastructureViolation;
import gov.supervision.core.archviolation.CoreUsingJdbcViolation;
import gov.supervision.core.archviolation.CoreUsingWebViolation;
import gov.supervision.core.task.PublicAggregateViolation;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.infrastructure.archviolation.InfrastructureUsingWebViolation;
import gov.supervision.query.archviolation.QueryUsingCoreTaskViolation;
import gov.supervision.query.archviolation.QueryUsingInfrastructureViolation;
import gov.supervision.query.archviolation.QueryUsingWebViolation;
import gov.supervision.query.report.PublicReportViolation;
import gov.supervision.web.archviolation.JdbcReadingController;
import gov.supervision.web.archviolation.WebTouchingStorageViolation;
import gov.supervision.web.archviolation.WebUsingCoreTaskViolation;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of docs/architecture.md: api → query → core, messages free of frameworks, aggregates hidden, the
 * web layer HTTP only and the infrastructure beneath it. The rules are checked on the main code ({@code @ArchTest}), and
 * each is shown to fail on a deliberately misplaced class of the test sources ({@code *Violation} and the like),
 * so that a rule matching nothing cannot pass unnoticed.
 */
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

    /** The web layer speaks HTTP; storing, scheduling and the event store's engine are the infrastructure's. */
    @ArchTest
    static final ArchRule webKeepsToHttp = noClasses()
            .that().resideInAPackage("gov.supervision.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "gov.supervision.infrastructure.eventstore..", "gov.supervision.infrastructure.persistence..",
                    "gov.supervision.infrastructure.deadline..", "org.springframework.jdbc..",
                    "jakarta.persistence..", "org.hibernate..", "org.axonframework.eventsourcing..",
                    "org.axonframework.eventhandling.deadletter.jpa..");

    /** Outside their {@code api} packages, core and query are package-private but for the exceptions named here. */
    @ArchTest
    static final ArchRule onlyTheContractIsPublicInCoreAndQuery = noClasses()
            .that().resideInAnyPackage("gov.supervision.core..", "gov.supervision.query..")
            .and().resideOutsideOfPackages("gov.supervision.core.api..", "gov.supervision.query.api..")
            .and().areTopLevelClasses()
            .and(DescribedPredicate.not(mayBePublic()))
            .should().bePublic();

    @ArchTest
    static final ArchRule infrastructureKnowsNothingOfWeb = noClasses()
            .that().resideInAPackage("gov.supervision.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("gov.supervision.web..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfInfrastructure = noClasses()
            .that().resideInAPackage("gov.supervision.core..")
            .should().dependOnClassesThat().resideInAPackage("gov.supervision.infrastructure..");

    @ArchTest
    static final ArchRule queryKnowsNothingOfInfrastructureOrWeb = noClasses()
            .that().resideInAPackage("gov.supervision.query..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.infrastructure..",
                    "gov.supervision.web..");

    private static DescribedPredicate<JavaClass> mayBePublic() {
        DescribedPredicate<JavaClass> officeCalendar = describe(
                "the office calendar (the application wires it with its clock and zone)",
                (JavaClass c) -> c.getName().equals("gov.supervision.core.time.OfficeCalendar"));
        DescribedPredicate<JavaClass> workingCalendar = describe(
                "the working-day calendar (the read side folds the one in force, the application supplies it)",
                (JavaClass c) -> c.getName().equals("gov.supervision.core.time.WorkingCalendar"));
        DescribedPredicate<JavaClass> parameterResolvers = assignableTo(ParameterResolverFactory.class)
                .as("Axon parameter resolver factories (ServiceLoader instantiates them, so they must be public)");
        DescribedPredicate<JavaClass> readModelBlocks = resideInAPackage("gov.supervision.query.common..")
                .as("query.common (building blocks of the read models' packages: a mapped superclass must be "
                        + "public for its entities in other packages)");
        DescribedPredicate<JavaClass> configuration = annotatedWith(ConfigurationProperties.class)
                .or(annotatedWith(Configuration.class)).<JavaClass>forSubtype()
                .as("settings and configuration another module must bind or import (prefer package-private)");
        return officeCalendar.or(workingCalendar).or(parameterResolvers).or(readModelBlocks).or(configuration);
    }

    @Test
    void coreReadingTheReadSideOrWebFails() {
        assertViolated(coreKnowsNothingOfReadSideOrWeb, CoreUsingWebViolation.class);
    }

    @Test
    void coreUsingJdbcFails() {
        assertViolated(coreHasNoWebNoPersistence, CoreUsingJdbcViolation.class);
    }

    @Test
    void queryUsingCoreInternalsFails() {
        assertViolated(queryReadsOnlyTheMessageContractOfCore, QueryUsingCoreTaskViolation.class);
        assertViolated(queryReadsOnlyTheMessageContractOfCore, QueryUsingWebViolation.class);
    }

    @Test
    void webUsingCoreInternalsFails() {
        assertViolated(webUsesOnlyTheContractsOfCoreAndQuery, WebUsingCoreTaskViolation.class);
    }

    @Test
    void aMessageUsingSpringFails() {
        assertViolated(messagesAreFreeOfSpringAndJpa, MessageUsingSpringViolation.class);
    }

    @Test
    void aCommandThatIsNoRecordFails() {
        assertViolated(commandsAndEventsAreRecords, ClassNotRecordCommand.class);
    }

    @Test
    void aPublicAggregateFails() {
        assertViolated(aggregatesAndProjectionsArePackagePrivate, PublicAggregateViolation.class);
    }

    @Test
    void aControllerReadingTheDatabaseFails() {
        assertViolated(controllersAreThin, JdbcReadingController.class);
    }

    @Test
    void aWebClassTouchingStorageFailsForEveryKindOfStorage() {
        EvaluationResult result = assertViolated(webKeepsToHttp, WebTouchingStorageViolation.class);
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(
                "gov.supervision.infrastructure.persistence.ByteaEnforcedPostgresSQLDialect",
                "org.springframework.jdbc.core.JdbcTemplate", "jakarta.persistence.EntityManager",
                "org.hibernate.Session", "org.axonframework.eventsourcing.eventstore.EventStorageEngine",
                "org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter");
    }

    @Test
    void aPublicClassOfTheReadSideOutsideItsApiFails() {
        assertViolated(onlyTheContractIsPublicInCoreAndQuery, PublicReportViolation.class);
    }

    @Test
    void theNamedExceptionsMayBePublic() {
        // The exceptions are left out of the rule's classes, so the rule finds none to check here.
        ArchRule rule = onlyTheContractIsPublicInCoreAndQuery.allowEmptyShould(true);
        EvaluationResult named = rule.evaluate(new ClassFileImporter()
                .importClasses(OfficeCalendar.class, AllowedParameterResolverFactory.class));
        assertThat(named.hasViolation()).as(named.getFailureReport().toString()).isFalse();
        EvaluationResult common = rule.evaluate(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gov.supervision.query.common"));
        assertThat(common.hasViolation()).as(common.getFailureReport().toString()).isFalse();
    }

    @Test
    void infrastructureUsingWebFails() {
        assertViolated(infrastructureKnowsNothingOfWeb, InfrastructureUsingWebViolation.class);
    }

    @Test
    void coreUsingInfrastructureFails() {
        assertViolated(coreKnowsNothingOfInfrastructure, CoreUsingInfrastructureViolation.class);
    }

    @Test
    void queryUsingInfrastructureOrWebFails() {
        assertViolated(queryKnowsNothingOfInfrastructureOrWeb, QueryUsingInfrastructureViolation.class);
        assertViolated(queryKnowsNothingOfInfrastructureOrWeb, QueryUsingWebViolation.class);
    }

    private static EvaluationResult assertViolated(ArchRule rule, Class<?> misplaced) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(misplaced));
        assertThat(result.hasViolation()).as("%s on %s", rule.getDescription(), misplaced.getName()).isTrue();
        return result;
    }
}
