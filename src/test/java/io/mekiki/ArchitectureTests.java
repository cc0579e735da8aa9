package io.mekiki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mekiki.identity.ApiToken;
import io.mekiki.identity.Organization;
import io.mekiki.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;

/** Layering rules that keep controllers thin and the domain free of the web. */
class ArchitectureTests {

    /** Production classes only; the build may put test classes in any output folder (see mekiki.build.dir). */
    private static final ImportOption PRODUCTION_CLASSES = location -> !location.contains("/test-classes/");

    static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(PRODUCTION_CLASSES).importPackages("io.mekiki");

    @Test
    void webClassesGoThroughServicesNotStorage() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcOperations.class)
                .because("controllers call a module's services, which own transactions and rules")
                .check(CLASSES);
    }

    @Test
    void onlyWebClassesUseTheMvcModel() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Model.class)
                .because("what a page shows is decided in its controller, not in services or the domain")
                .check(CLASSES);
    }

    @Test
    void aggregatesKnowNothingOfTheWeb() {
        noClasses()
                .that()
                .belongToAnyOf(Organization.class, UserAccount.class, ApiToken.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "..web..")
                .because("the domain must work the same behind a page, the API or a scheduled job")
                .check(CLASSES);
    }

    @Test
    void theImportSeesTheApplication() {
        assertThat(CLASSES.contain(UserAccount.class)).isTrue();
        assertThat(CLASSES.stream()
                        .anyMatch(javaClass -> javaClass.getPackageName().endsWith(".web")))
                .isTrue();
        assertThat(CLASSES.stream()
                        .noneMatch(javaClass -> javaClass.getSimpleName().endsWith("IT")
                                || javaClass.getSimpleName().endsWith("Tests")))
                .isTrue();
    }
}
