package org.leerwerkplek.platform.design;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.TransactionAttribute;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.part.Part;

/**
 * The rules of the parts (DESIGN.md, "How we like code"), checked over the compiled classes: the
 * platform knows no part; the parts depend on each other without cycles; a part reaches another
 * only through what that part offers (its services, views and model), never through its pages,
 * its REST resources or its entities; transactions and the entity manager live in services and
 * stores, never in pages or resources.
 */
class PartRulesTest {

    static final String ROOT = "org.leerwerkplek";
    /** The parts as registered ({@link Part}); {@code FeatureBlindPlatformTest} checks that every package beside the platform is one. */
    static final List<String> PARTS = Part.all().stream()
            .map(part -> part.getClass().getPackageName().substring(ROOT.length() + 1)).toList();

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void thePlatformKnowsNoPart() {
        assertFalse(PARTS.isEmpty(), "the parts are registered");
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(PARTS))
                .because("adding a part must touch no platform file")
                .check(PRODUCT);
    }

    /**
     * Days and times come from the injected clock, in the fund's zone ({@code lwp.zone}): never the
     * server's zone, which is UTC on most hosts and made "today" differ between the parts for an
     * hour or two every night (a wave starting today invited nobody, a fiche dated today was "in the
     * future").
     */
    @Test
    void daysComeFromTheClockNeverFromTheServersZone() {
        noClasses().should().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .because("today is LocalDate.now(clock), the clock carrying lwp.zone")
                .check(PRODUCT);
    }

    /**
     * A JDBC store writes in its caller's transaction only through the data source the platform
     * produces ({@code TransactionBoundDataSource}): a connection looked up from the pool inside a
     * transaction that began in an EJB (every scheduler) is in auto-commit, so a failed chunk left
     * its first rows behind and Derby wrote its log once per row. Only what must work outside the
     * caller's transaction looks the pool up itself: migrations, job records, the sender's record of
     * each sent mail, the daily claim of the retention run, the online backup and the metrics.
     */
    @Test
    void onlyWhatMustCommitOnItsOwnLooksUpThePool() {
        DescribedPredicate<HasName> ownCommits = nameMatching(ROOT.replace(".", "\\.") + "\\.platform\\.("
                + "persistence\\.(PersistenceResources|DatabaseService)|jobs\\.(BackgroundJobs|JobMetrics)"
                + "|mail\\.(MailSender|OutboxMetrics)|privacy\\.RetentionScheduler|backup\\.BackupService)");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().haveRawType(javax.sql.DataSource.class)
                .and().areAnnotatedWith(jakarta.annotation.Resource.class)
                .should().beDeclaredInClassesThat(not(ownCommits))
                .because("stores take the injected DataSource, which joins the caller's transaction")
                .check(PRODUCT);
        noMethods().that().areAnnotatedWith(jakarta.annotation.Resource.class)
                .and().haveRawParameterTypes(javax.sql.DataSource.class)
                .should().beDeclaredInClassesThat(not(ownCommits))
                .because("stores take the injected DataSource, which joins the caller's transaction")
                .check(PRODUCT);
    }

    @Test
    void thePartsDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    /**
     * The instrument definition's concerns build on each other in one direction: the condition
     * language knows nothing of the model (it reads answers through its own {@code AnswerReader}),
     * the model uses conditions, and reading, validating and the analysis block build on the model.
     */
    @Test
    void theDefinitionsConcernsDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".surveys.definition.(*)..").should().beFreeOfCycles().check(PRODUCT);
        noClasses().that().resideInAPackage(ROOT + ".surveys.definition.condition..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".surveys.definition.model..",
                        ROOT + ".surveys.definition.yaml..", ROOT + ".surveys.definition.validation..")
                .check(PRODUCT);
    }

    @Test
    void surveysKnowsNoSuitabilityRules() {
        noClasses().that().resideInAPackage(ROOT + ".surveys..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".companies..")
                .orShould().haveSimpleNameContaining("Suitability")
                .because("the suitability rules are companies' own: surveys only hands their files to companies' "
                        + "DefinitionCompanion")
                .check(PRODUCT);
    }

    @Test
    void placementsBuildOnCompaniesAndTheMentorCourseOnly() {
        noClasses().that().resideInAPackage(ROOT + ".placements..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".surveys..", ROOT + ".analysis..",
                        ROOT + ".fieldwork..")
                .because("a placement is a candidate at a company with a mentor of the course: nothing else")
                .check(PRODUCT);
        noClasses().that().resideOutsideOfPackage(ROOT + ".placements..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".placements..")
                .because("no part builds on placements: the phase lives there alone")
                .check(PRODUCT);
    }

    @Test
    void aPartUsesNoOtherPartsPagesOrResources() {
        for (String part : PARTS) {
            String home = ROOT + "." + part;
            noClasses().that().resideOutsideOfPackage(home + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(home + ".web..", home + ".api..")
                            .and(not(questionnaireComponent())))
                    .because("a part reaches " + part + " through its services only")
                    .check(PRODUCT);
        }
    }

    @Test
    void aPartUsesNoOtherPartsEntities() {
        for (String part : PARTS) {
            String home = ROOT + "." + part;
            noClasses().that().resideOutsideOfPackage(home + "..")
                    .should().dependOnClassesThat(resideInAPackage(home + "..").and(annotatedWith(Entity.class)))
                    .because("a part reads and writes only its own tables")
                    .check(PRODUCT);
        }
    }

    @Test
    void pagesAndResourcesHoldNoTransactionsNorTheEntityManager() {
        noClasses().that().resideInAnyPackage(ROOT + "..web..", ROOT + "..api..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().beAnnotatedWith(TransactionAttribute.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(UserTransaction.class)
                .because("transactions belong to the services")
                .check(PRODUCT);
        noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(ROOT + "..web..", ROOT + "..api..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().beAnnotatedWith(TransactionAttribute.class)
                .check(PRODUCT);
    }

    /** The surveys part's questionnaire component, which the fiche page of companies renders. */
    private static DescribedPredicate<HasName> questionnaireComponent() {
        return nameMatching("org\\.leerwerkplek\\.surveys\\.web\\.Questionnaire.*");
    }

    private static String[] packagesOf(List<String> parts) {
        return parts.stream().map(part -> ROOT + "." + part + "..").toArray(String[]::new);
    }
}
