package com.breachdesk.ui;

import com.breachdesk.rosterimport.MappingPresets;
import com.breachdesk.rosterimport.RosterField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.ui.scope.ImportWizardViewModel;
import com.breachdesk.ui.scope.MappingTarget;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWizardViewModelTest extends ViewModelTestBase {

    private CaseSession session;
    private ImportWizardViewModel model;
    private final AtomicInteger imported = new AtomicInteger();
    private Path csv;

    @BeforeEach
    void open() throws Exception {
        session = TestCases.create(dir, clock);
        context.setSession(session);
        csv = dir.resolve("billing.csv");
        Files.write(csv, "ПІБ;Ел. пошта;Місце;Номер картки\nОлена Коваль;olena@x.ua;Україна;4111\nІван Сірко;ivan@x.ua;Kyiv;\n"
                .getBytes(Charset.forName("windows-1251")));
        model = new ImportWizardViewModel(session, runner, dialogs, Runnable::run, new MappingPresets(dir.resolve("prefs")),
                imported::incrementAndGet);
        dialogs.nextRosterFile = csv;
        model.chooseFile();
    }

    @Test
    void detectsTheFormatAndSuggestsTheMappingFromTheHeader() {
        assertThat(model.encodingProperty().get()).isEqualTo("windows-1251");
        assertThat(model.delimiterProperty().get()).isEqualTo(";");
        assertThat(model.columns()).extracting(c -> c.targetProperty().get()).containsExactly(
                new MappingTarget.Field(RosterField.FULL_NAME), new MappingTarget.Field(RosterField.EMAIL),
                MappingTarget.IGNORE, new MappingTarget.Exposes(DataCategory.PAYMENT_CARD));
        assertThat(model.columns().get(0).example()).isEqualTo("Олена Коваль");
    }

    @Test
    void mappingAColumnToCountryShowsTheResolvedJurisdictionInThePreview() {
        assertThat(model.preview().get(0).resolution().display()).isEqualTo("unknown");
        model.columns().get(2).targetProperty().set(new MappingTarget.Field(RosterField.COUNTRY));
        assertThat(model.preview().get(0).resolution().display()).isEqualTo("UA");
        assertThat(model.preview().get(0).categories()).contains(DataCategory.PAYMENT_CARD, DataCategory.EMAIL);
    }

    @Test
    void aMappingThatIdentifiesNoOneCannotBeImported() {
        model.columns().forEach(c -> c.targetProperty().set(MappingTarget.IGNORE));
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("identifies a person");
    }

    @Test
    void importingReportsTheCountsAndTellsTheScopeStep() {
        model.importNow();
        assertThat(model.resultTextProperty().get()).startsWith("Read 2 rows: 2 imported, 0 merged");
        assertThat(imported.get()).isEqualTo(1);
        assertThat(session.roster().summary().people()).isEqualTo(2);
    }

    @Test
    void onceEveryRowIsReadTheProgressSaysSavingInsteadOfAFullBar() {
        List<String> texts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        model.progressTextProperty().addListener((o, was, now) -> texts.add(now));
        model.progressProperty().addListener((o, was, now) -> values.add(now.doubleValue()));
        model.importNow();
        assertThat(texts).contains("2 rows read · saving…");
        assertThat(values).contains(-1.0);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aSavedPresetMapsTheNextFileTheSameWay() {
        model.columns().get(2).targetProperty().set(new MappingTarget.Field(RosterField.COUNTRY));
        model.fileCategories().add(DataCategory.CALL_METADATA);
        model.savePreset("SMART-POINT billing");
        model.columns().forEach(c -> c.targetProperty().set(MappingTarget.IGNORE));
        model.fileCategories().clear();

        model.loadPreset("SMART-POINT billing");

        assertThat(model.presetNames()).containsExactly("SMART-POINT billing");
        assertThat(model.columns().get(2).targetProperty().get()).isEqualTo(new MappingTarget.Field(RosterField.COUNTRY));
        assertThat(model.fileCategories()).containsExactly(DataCategory.CALL_METADATA);
    }
}
