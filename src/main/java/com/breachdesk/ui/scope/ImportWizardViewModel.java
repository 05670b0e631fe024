package com.breachdesk.ui.scope;

import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.rosterimport.ColumnMapping;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.FormatDetector;
import com.breachdesk.rosterimport.ImportCancelledException;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.ImportProgress;
import com.breachdesk.rosterimport.ImportResult;
import com.breachdesk.rosterimport.MappingPresets;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rosterimport.RosterField;
import com.breachdesk.rosterimport.RosterPreview;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The import wizard: choose a file, check its encoding and delimiter, map its columns (suggested from the
 * header, or a saved preset), look at the first rows as they would import, then import with progress and
 * Cancel. Never touches a Node; tested without the FX toolkit.
 */
public final class ImportWizardViewModel {

    static final int PREVIEW_ROWS = 20;

    /** One column of the file in the mapping step. */
    public static final class ColumnRow {
        private final int index;
        private final String header;
        private final String example;
        private final ObjectProperty<MappingTarget> target = new SimpleObjectProperty<>(MappingTarget.IGNORE);

        ColumnRow(int index, String header, String example) {
            this.index = index;
            this.header = header;
            this.example = example;
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String example() {
            return example;
        }

        public ObjectProperty<MappingTarget> targetProperty() {
            return target;
        }
    }

    /** A progress value of -1 is what a progress bar draws as "busy, no fraction to show". */
    private static final double BUSY = -1;

    private final CaseSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final MappingPresets presets;
    private final Runnable onImported;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final StringProperty encoding = new SimpleStringProperty("");
    private final StringProperty delimiter = new SimpleStringProperty("");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableSet<DataCategory> fileCategories = FXCollections.observableSet(EnumSet.noneOf(DataCategory.class));
    private final BooleanProperty inferCategories = new SimpleBooleanProperty(true);
    private final StringProperty idNamespace = new SimpleStringProperty(ColumnMapping.DEFAULT_NAMESPACE);
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final ObservableList<RosterPreview.Row> preview = FXCollections.observableArrayList();
    private final ObservableList<String> presetNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private CsvFormat format;

    /**
     * {@code uiThread} runs progress updates where properties may change ({@code Platform::runLater} in the
     * app, directly in tests); {@code onImported} is told after an import commits.
     */
    public ImportWizardViewModel(CaseSession session, TaskRunner runner, DialogService dialogs, Executor uiThread,
                                 MappingPresets presets, Runnable onImported) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.presets = presets;
        this.onImported = onImported;
        refreshPresetNames();
        canImport.bind(file.isNotNull().and(running.not()).and(problem.isEmpty()));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableSet<DataCategory> fileCategories() {
        return fileCategories;
    }

    public BooleanProperty inferCategoriesProperty() {
        return inferCategories;
    }

    public StringProperty idNamespaceProperty() {
        return idNamespace;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public ObservableList<RosterPreview.Row> preview() {
        return preview;
    }

    public ObservableList<String> presetNames() {
        return presetNames;
    }

    /** What stops the import (a mapping that names no identifying column, an unreadable file); empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Every choice a column can map to. */
    public static List<MappingTarget> targets() {
        List<MappingTarget> out = new ArrayList<>();
        out.add(MappingTarget.IGNORE);
        for (RosterField f : RosterField.values()) {
            out.add(new MappingTarget.Field(f));
        }
        for (DataCategory c : DataCategory.values()) {
            out.add(new MappingTarget.Exposes(c));
        }
        return out;
    }

    /** Asks for a file and reads it. */
    public void chooseFile() {
        dialogs.chooseRosterFile(session.path().getParent()).ifPresent(this::open);
    }

    /** Reads a file's format, header and first rows, and suggests a mapping from its header. */
    public void open(Path path) {
        file.set(path);
        resultText.set("");
        try {
            format = FormatDetector.detect(path, Optional.empty(), Optional.empty());
            encoding.set(format.encoding().name());
            delimiter.set(format.delimiterName());
            readHeader(MappingSuggester::suggest);
        } catch (IOException | IllegalArgumentException e) {
            problem.set(Messages.forUser(e));
            columns.clear();
            preview.clear();
        }
    }

    /** After the user changes the encoding or delimiter: read the file again with them. */
    public void reformat() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        try {
            format = FormatDetector.detect(path, Optional.of(FormatDetector.parseEncoding(encoding.get())),
                    Optional.of(CsvFormat.parseDelimiter(delimiter.get())));
            ColumnMapping current = mapping();
            readHeader(headers -> current);
        } catch (IOException | IllegalArgumentException e) {
            problem.set(Messages.forUser(e));
        }
    }

    private void readHeader(java.util.function.Function<List<String>, ColumnMapping> mappingFor) throws IOException {
        List<String> headers = RosterPreview.header(file.get(), format);
        List<RosterPreview.Row> firstRows = RosterPreview.rows(file.get(), format, ColumnMapping.empty(), resolver(), 1);
        List<ColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String example = firstRows.isEmpty() || firstRows.get(0).fields().size() <= i ? "" : firstRows.get(0).fields().get(i);
            ColumnRow row = new ColumnRow(i, headers.get(i), example);
            row.targetProperty().addListener((o, a, b) -> refreshPreview());
            rows.add(row);
        }
        columns.setAll(rows);
        apply(mappingFor.apply(headers));
    }

    /** Sets the columns' targets and options from a mapping (a suggestion or a preset). */
    public void apply(ColumnMapping mapping) {
        for (ColumnRow row : columns) {
            MappingTarget target = MappingTarget.IGNORE;
            for (Map.Entry<RosterField, String> e : mapping.byField().entrySet()) {
                if (e.getValue().strip().equals(row.header())) {
                    target = new MappingTarget.Field(e.getKey());
                }
            }
            String exposes = mapping.categoryColumns().get(row.header());
            if (exposes != null) {
                target = new MappingTarget.Exposes(Coded.parse(DataCategory.class, exposes));
            }
            row.targetProperty().set(target);
        }
        fileCategories.clear();
        fileCategories.addAll(mapping.fileCategorySet());
        inferCategories.set(mapping.inferCategories());
        idNamespace.set(mapping.idNamespace());
        dateFormat.set(mapping.dateFormat() == null ? "" : mapping.dateFormat());
        refreshPreview();
    }

    /** The mapping as the columns and options now stand. */
    public ColumnMapping mapping() {
        ColumnMapping m = ColumnMapping.empty();
        for (ColumnRow row : columns) {
            MappingTarget t = row.targetProperty().get();
            if (t instanceof MappingTarget.Field f) {
                m = m.withField(f.field(), row.header());
            } else if (t instanceof MappingTarget.Exposes x) {
                m = m.withCategoryColumn(row.header(), x.category());
            }
        }
        return m.withFileCategories(EnumSet.copyOf(fileCategories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : fileCategories))
                .withInferCategories(inferCategories.get()).withIdNamespace(idNamespace.get())
                .withDateFormat(dateFormat.get());
    }

    /** Reads the first rows through the current mapping: names, emails, the jurisdiction each would get. */
    public void refreshPreview() {
        if (file.get() == null || format == null) {
            return;
        }
        try {
            ColumnMapping m = mapping();
            preview.setAll(RosterPreview.rows(file.get(), format, m, resolver(), PREVIEW_ROWS));
            problem.set(identifies(m) ? "" : "Map at least one column that identifies a person: external id, name, "
                    + "email, phone or street.");
        } catch (IOException | IllegalArgumentException e) {
            problem.set(Messages.forUser(e));
        }
    }

    private static boolean identifies(ColumnMapping m) {
        for (RosterField f : List.of(RosterField.EXTERNAL_ID, RosterField.FULL_NAME, RosterField.LAST_NAME,
                RosterField.EMAIL, RosterField.PHONE, RosterField.STREET_1)) {
            if (m.header(f) != null) {
                return true;
            }
        }
        return false;
    }

    public void loadPreset(String name) {
        try {
            presets.load(name).ifPresentOrElse(this::apply,
                    () -> dialogs.showError("No such preset", "There is no saved mapping called " + name + "."));
        } catch (IOException | IllegalArgumentException e) {
            dialogs.showError("Cannot read the preset", Messages.forUser(e));
        }
    }

    public void savePreset(String name) {
        try {
            presets.save(name, mapping());
            refreshPresetNames();
        } catch (IOException | IllegalArgumentException e) {
            dialogs.showError("Cannot save the preset", Messages.forUser(e));
        }
    }

    private void refreshPresetNames() {
        try {
            presetNames.setAll(presets.names());
        } catch (IOException e) {
            presetNames.clear();
        }
    }

    /** Imports the file with the current mapping, in the background, with progress; Cancel leaves the case as it was. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        Path path = file.get();
        CsvFormat chosen = format;
        ColumnMapping m = mapping();
        cancelRequested.set(false);
        running.set(true);
        progress.set(0);
        progressText.set("Starting…");
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                uiThread.execute(() -> showProgress(p));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
        runner.run(() -> session.rosterImporter().importFile(path, chosen, m, listener), this::finished, error -> {
            running.set(false);
            progress.set(0);
            if (error instanceof ImportCancelledException) {
                progressText.set("");
                resultText.set("Import cancelled. Nothing was changed.");
            } else {
                progressText.set("");
                resultText.set("");
                dialogs.showError("The import failed; nothing was changed", Messages.forUser(error));
            }
        });
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    private void showProgress(ImportProgress p) {
        if (p.finishing()) {
            progress.set(BUSY);
            progressText.set(String.format("%,d rows read · saving…", p.rowsRead()));
            return;
        }
        progress.set(p.fraction());
        String left = p.timeLeft().map(ImportWizardViewModel::minutesSeconds).map(s -> " · " + s + " left").orElse("");
        progressText.set(String.format("%,d rows · %,.0f rows/s%s", p.rowsRead(), p.rowsPerSecond(), left));
    }

    private static String minutesSeconds(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    private void finished(ImportResult result) {
        running.set(false);
        progress.set(1);
        var c = result.record().counts();
        StringBuilder text = new StringBuilder(String.format("Read %,d rows: %,d imported, %,d merged into people already "
                + "listed, %,d rejected, %,d with unknown jurisdiction.", c.read(), c.imported(), c.merged(), c.rejected(),
                c.unresolved()));
        result.rejectsFile().ifPresent(f -> text.append(" Rejected rows are in ").append(f.getFileName())
                .append(": fix them there and import that file."));
        if (result.datesOfBirthUnread() > 0) {
            text.append(String.format(" %,d dates of birth could not be read: set the date format and import again.",
                    result.datesOfBirthUnread()));
        }
        resultText.set(text.toString());
        onImported.run();
    }

    private JurisdictionResolver resolver() {
        return session.resolver();
    }

    /** Encodings offered in the wizard (others can be typed). */
    public static List<String> commonEncodings() {
        return List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "windows-1252", "ISO-8859-1", "KOI8-U");
    }
}
