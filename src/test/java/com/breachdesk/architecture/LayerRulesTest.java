package com.breachdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.breachdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideOutsideOfPackages("com.breachdesk.ui..", "com.breachdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("the domain core, CLI and tests must run without a display; only the UI and the app entry point use JavaFX");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("com.breachdesk.ui..", "com.breachdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.breachdesk.ui..", "com.breachdesk.app..")
            .because("the UI is a thin layer over the core, never the other way round");

    @ArchTest
    static final ArchRule cliAndUiAreSeparate = noClasses()
            .that().resideInAPackage("com.breachdesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.breachdesk.ui..")
            .because("the CLI drives the same services as the UI, not the UI itself");

    @ArchTest
    static final ArchRule corePackagesHaveNoCycles = slices()
            .matching("com.breachdesk.(*)..")
            .should().beFreeOfCycles()
            .because("each capability package builds on the ones below it");

    @ArchTest
    static final ArchRule onlyCasefileTalksToTheSqliteDriver = noClasses()
            .that().resideOutsideOfPackage("com.breachdesk.casefile..")
            .should().dependOnClassesThat().resideInAPackage("org.sqlite..")
            .because("opening, locking and configuring the SQLite file is the case-file package's job");

    @ArchTest
    static final ArchRule onlyThePdfPackageUsesPdfBox = noClasses()
            .that().resideOutsideOfPackages("com.breachdesk.letters.pdf..", "com.breachdesk.report.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                    "org.apache.xmpbox..")
            .because("letters are rendered behind the LetterRenderer interface and reports behind ReportWriter; the report"
                    + " writer reuses the letters' fonts and PDF/A settings through letters.pdf.ArchivalPdf");

    @ArchTest
    static final ArchRule onlyTheTemplatePackageParsesTemplates = noClasses()
            .that().resideOutsideOfPackage("com.breachdesk.letters.template..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.mustachejava..", "org.commonmark..")
            .because("placeholders and Markdown are checked and escaped in one place, so person data is never parsed");
}
