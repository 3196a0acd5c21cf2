package com.appraisalbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: the appraisal cycle's domain knows nothing of Slack or the web server. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.appraisalbot");
    }

    @Test
    void domainNeverImportsSlack() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.appraisalbot.slack..", "com.appraisalbot.web..", "com.appraisalbot.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.slack..")
                .because("Slack handlers translate payloads into domain calls; the domain stays Slack-free")
                .check(classes);
    }

    @Test
    void domainNeverReachesIntoTheSlackEdge() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.appraisalbot.slack..", "com.appraisalbot.web..", "com.appraisalbot.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.appraisalbot.slack..", "com.appraisalbot.web..")
                .check(classes);
    }

    @Test
    void onlyTheBootPackageStartsTheWebServer() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.appraisalbot.app..", "com.appraisalbot.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jetty..")
                .check(classes);
    }
}
