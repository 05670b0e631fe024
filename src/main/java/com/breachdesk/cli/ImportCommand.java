package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.rosterimport.ColumnMapping;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.FormatDetector;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.ImportResult;
import com.breachdesk.rosterimport.MappingPresets;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rosterimport.RosterPreview;
import com.breachdesk.session.CaseSession;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Import a roster CSV of affected people into a case (prints the import summary as JSON).",
        subcommands = {ImportCommand.Rollback.class, ImportCommand.ListImports.class, ImportCommand.Merges.class})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    // Optional to picocli only so that "import rollback ..." parses; call() requires both.
    @Parameters(index = "0", paramLabel = "CASE", arity = "0..1")
    Path caseFile;

    @Parameters(index = "1", paramLabel = "FILE.csv", arity = "0..1")
    Path roster;

    @Option(names = "--mapping", paramLabel = "PRESET",
            description = "Column mapping: a mapping JSON file, or the name of a saved preset. Default: suggested from the header.")
    String mapping;

    @Option(names = "--save-mapping", paramLabel = "NAME", description = "Save the mapping used as a named preset.")
    String saveAs;

    @Option(names = "--encoding", paramLabel = "E", description = "UTF-8, UTF-16LE, UTF-16BE, windows-1251... Default: detected.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = ", ; | or tab. Default: detected.")
    String delimiter;

    @Option(names = "--categories", paramLabel = "IDS", split = ",",
            description = "Data categories involved for every row of the file, e.g. email,call_metadata.")
    java.util.List<String> categories;

    @Option(names = "--id-namespace", paramLabel = "NS",
            description = "External ids match across imports only within one namespace (e.g. crm, billing).")
    String idNamespace;

    @Override
    public Integer call() throws CaseFileRefusedException, IOException {
        if (caseFile == null || roster == null) {
            throw new IllegalArgumentException("Usage: import CASE FILE.csv [--mapping PRESET] [--encoding E] [--delimiter D]");
        }
        if (!Files.isRegularFile(roster)) {
            throw new IllegalArgumentException(roster + " does not exist");
        }
        CsvFormat format = FormatDetector.detect(roster,
                Optional.ofNullable(encoding).map(FormatDetector::parseEncoding),
                Optional.ofNullable(delimiter).map(CsvFormat::parseDelimiter));
        MappingPresets presets = new MappingPresets(cli.preferences.directory());
        ColumnMapping chosen = mapping(presets, format);
        if (categories != null) {
            java.util.Set<DataCategory> set = new java.util.TreeSet<>(chosen.fileCategorySet());
            categories.forEach(c -> set.add(Coded.parse(DataCategory.class, c)));
            chosen = chosen.withFileCategories(set);
        }
        if (idNamespace != null) {
            chosen = chosen.withIdNamespace(idNamespace);
        }
        if (saveAs != null) {
            chosen = presets.save(saveAs, chosen);
        }
        try (CaseSession session = cli.open(caseFile)) {
            ImportResult result = session.rosterImporter().importFile(roster, format, chosen, ImportListener.NONE);
            Map<String, Object> out = summary(result.record());
            out.put("rejects_file", result.rejectsFile().map(Path::toString).orElse(null));
            out.put("dates_of_birth_unread", result.datesOfBirthUnread());
            out.put("not_merged_conflicts", result.notMergedConflicts());
            out.put("mapping", JsonOutput.MAPPER.readTree(MappingPresets.toJson(chosen)));
            JsonOutput.print(cli.out(), out);
        }
        return 0;
    }

    private ColumnMapping mapping(MappingPresets presets, CsvFormat format) throws IOException {
        if (mapping == null) {
            return MappingSuggester.suggest(RosterPreview.header(roster, format));
        }
        Path file = Path.of(mapping);
        if (Files.isRegularFile(file)) {
            return MappingPresets.read(file);
        }
        return presets.load(mapping).orElseThrow(() -> new IllegalArgumentException(
                "No mapping file or saved preset named '" + mapping + "'"));
    }

    static Map<String, Object> summary(ImportRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("import_id", r.id());
        out.put("file", r.fileName());
        out.put("sha256", r.sha256());
        out.put("encoding", r.encoding());
        out.put("delimiter", r.delimiter());
        out.put("read", r.counts().read());
        out.put("imported", r.counts().imported());
        out.put("merged_duplicates", r.counts().merged());
        out.put("rejected", r.counts().rejected());
        out.put("unresolved", r.counts().unresolved());
        out.put("imported_by", r.importedBy());
        out.put("imported_at", r.importedAt().toString());
        out.put("status", r.status().id());
        out.put("rolled_back_by", r.rolledBackBy().orElse(null));
        out.put("rolled_back_at", r.rolledBackAt().map(Object::toString).orElse(null));
        return out;
    }

    @Command(name = "rollback", description = "Take one import out of the case as a unit (audited).")
    static final class Rollback implements Callable<Integer> {

        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path caseFile;

        @Parameters(index = "1", paramLabel = "IMPORT_ID")
        long importId;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(caseFile)) {
                JsonOutput.print(cli.out(), summary(session.roster().rollback(importId)));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the imports of a case as JSON.")
    static final class ListImports implements Callable<Integer> {

        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path caseFile;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(caseFile)) {
                JsonOutput.print(cli.out(), session.roster().imports().stream().map(ImportCommand::summary).toList());
            }
            return 0;
        }
    }

    @Command(name = "merges", description = "The merge report of one import: which rows were merged into whom, and why not.")
    static final class Merges implements Callable<Integer> {

        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path caseFile;

        @Parameters(index = "1", paramLabel = "IMPORT_ID")
        long importId;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(caseFile)) {
                if (session.roster().importRecord(importId).isEmpty()) {
                    throw new IllegalArgumentException("There is no import #" + importId + " in this case");
                }
                JsonOutput.print(cli.out(), session.roster().merges(importId).stream().map(m -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("line", m.sourceLine());
                    out.put("person_id", m.personId());
                    out.put("matched_on", m.matchedOn());
                    out.put("merged", m.merged());
                    out.put("detail", m.detail());
                    return out;
                }).toList());
            }
            return 0;
        }
    }
}
