package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the module check does not cover. */
class ArchitectureTests {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.thidua");

  @Test
  void entitiesStayInsideTheirModule() {
    classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(classes);
  }

  @Test
  void repositoriesStayInsideTheirModule() {
    classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
  }

  @Test
  void controllersArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .check(classes);
  }

  @Test
  void onlyTheSharedKernelStartsTheEmbeddedDatabase() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.thidua.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.zonky..")
        .check(classes);
  }
}
