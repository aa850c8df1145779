package org.celltrial.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.celltrial.analysis.archfixture.EngineClassWritingPdf;
import org.celltrial.stats.archfixture.EngineClassUsingPicocli;
import org.junit.jupiter.api.Test;

/**
 * The engines (common, stats, design, clinical, analysis) stay free of frameworks, and module
 * dependencies point one way: common ← stats ← design, clinical ← analysis ← app.
 */
@AnalyzeClasses(packages = "org.celltrial", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

  private static final String[] ENGINES = {
    "org.celltrial.common..",
    "org.celltrial.stats..",
    "org.celltrial.design..",
    "org.celltrial.clinical..",
    "org.celltrial.analysis.."
  };

  /** Spring, servlets, JDBC, the CLI framework and the web stay in celltrial-app. */
  @ArchTest
  static final ArchRule ENGINES_USE_NO_FRAMEWORK =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "javax.servlet..",
              "jakarta.servlet..",
              "java.sql..",
              "javax.sql..",
              "picocli..",
              "org.celltrial.app..")
          .as(
              "engine modules depend on no framework (Spring, servlet, JDBC, picocli) nor on the app")
          .because("Spring and the web stay at the edge (docs/architecture.md)");

  /** Report rendering (HTML parsing, PDF, SVG drawing) is the app's job (docs/analysis.md). */
  @ArchTest
  static final ArchRule ENGINES_RENDER_NO_PDF =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.openhtmltopdf..",
              "org.apache.pdfbox..",
              "org.apache.fontbox..",
              "org.apache.batik..",
              "org.jsoup..")
          .as("engine modules do not render PDF (openhtmltopdf, PDFBox, Batik, jsoup)")
          .because("engines return tables and figure data; the app renders them");

  @ArchTest
  static final ArchRule COMMON_KNOWS_NO_ENGINE =
      noClasses()
          .that()
          .resideInAPackage("org.celltrial.common..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.celltrial.stats..",
              "org.celltrial.design..",
              "org.celltrial.clinical..",
              "org.celltrial.analysis..");

  @ArchTest
  static final ArchRule STATS_KNOWS_NO_DOMAIN =
      noClasses()
          .that()
          .resideInAPackage("org.celltrial.stats..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.celltrial.design..", "org.celltrial.clinical..", "org.celltrial.analysis..");

  @ArchTest
  static final ArchRule DESIGN_AND_CLINICAL_ARE_INDEPENDENT =
      noClasses()
          .that()
          .resideInAnyPackage("org.celltrial.design..", "org.celltrial.clinical..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.celltrial.analysis..")
          .allowEmptyShould(true);

  /** Proof that the PDF rule can fail: a fixture engine class that makes a PDF document. */
  @Test
  void pdfRuleFailsOnAnEngineClassThatWritesPdf() {
    JavaClasses offending = new ClassFileImporter().importClasses(EngineClassWritingPdf.class);
    assertThatThrownBy(() -> ENGINES_RENDER_NO_PDF.check(offending))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("EngineClassWritingPdf")
        .hasMessageContaining("org.apache.pdfbox.pdmodel.PDDocument");
  }

  /** Proof that the framework rule can fail: a fixture engine class that imports picocli. */
  @Test
  void frameworkRuleFailsOnAnEngineClassThatUsesPicocli() {
    JavaClasses offending = new ClassFileImporter().importClasses(EngineClassUsingPicocli.class);
    assertThatThrownBy(() -> ENGINES_USE_NO_FRAMEWORK.check(offending))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("EngineClassUsingPicocli")
        .hasMessageContaining("picocli.CommandLine");
  }
}
