package com.breachdesk.roster;

import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.jurisdiction.JurisdictionResolver;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The affected people of one case: reading them (pages, counts, the scope summary), correcting them
 * by hand, and the history of the imports that filled it. Minors are counted as of the date
 * {@code minorsAsOf} supplies (the incident's date), so editing the incident moves the count.
 */
public final class Roster {

    private final CaseFile caseFile;
    private final Clock clock;
    private final Supplier<LocalDate> minorsAsOf;
    private final Supplier<JurisdictionResolver> resolver;
    private RosterEdits edits;
    private final ImportRollback rollback = new ImportRollback();

    /** {@code resolver} is asked for only when an edit needs it (building one loads name tables). */
    public Roster(CaseFile caseFile, Clock clock, Supplier<LocalDate> minorsAsOf, Supplier<JurisdictionResolver> resolver) {
        this.caseFile = caseFile;
        this.clock = clock;
        this.minorsAsOf = minorsAsOf;
        this.resolver = resolver;
    }

    private synchronized RosterEdits edits() {
        if (edits == null) {
            edits = new RosterEdits(resolver.get());
        }
        return edits;
    }

    public LocalDate minorsAsOf() {
        return minorsAsOf.get();
    }

    public ScopeSummary summary() {
        LocalDate asOf = minorsAsOf.get();
        return caseFile.read(c -> ScopeCounts.summarize(c, asOf, CategoryBits.load(c)));
    }

    public List<Person> page(RosterFilter filter, long afterId, int limit) {
        LocalDate asOf = minorsAsOf.get();
        return caseFile.read(c -> PersonStore.page(c, filter, asOf, afterId, limit, CategoryBits.load(c)));
    }

    /** People from position {@code offset} (0-based, id order) of the filtered roster. */
    public List<Person> pageAt(RosterFilter filter, long offset, int limit) {
        LocalDate asOf = minorsAsOf.get();
        return caseFile.read(c -> PersonStore.pageAt(c, filter, asOf, offset, limit, CategoryBits.load(c)));
    }

    public long count(RosterFilter filter) {
        LocalDate asOf = minorsAsOf.get();
        return caseFile.read(c -> PersonStore.count(c, filter, asOf, CategoryBits.load(c)));
    }

    /** How many matching people live in each jurisdiction and prefer each language (null = not known). */
    public List<PeopleGroup> groups(RosterFilter filter) {
        LocalDate asOf = minorsAsOf.get();
        return caseFile.read(c -> PersonStore.groups(c, filter, asOf, CategoryBits.load(c)));
    }

    public Optional<Person> find(long id) {
        return caseFile.read(c -> PersonStore.find(c, id, CategoryBits.load(c)));
    }

    /** Corrects one field of one person (audited); a changed address re-resolves the jurisdiction unless it was set by hand. */
    public Person edit(long personId, PersonField field, String value) {
        return caseFile.write(tx -> edits().edit(tx, personId, field, value));
    }

    /** Sets the jurisdiction of every matching person by hand (each change audited); returns how many changed. */
    public int apply(BulkFix fix) {
        return caseFile.write(tx -> edits().apply(tx, fix));
    }

    /**
     * The values of {@code field} among unresolved people, most common first: what a responder looks at
     * to decide a bulk fix.
     */
    public Map<String, Long> unresolvedValues(PersonField field, int limit) {
        if (!BulkFix.MATCHABLE.contains(field)) {
            throw new IllegalArgumentException("Unresolved values are listed for country, region, city or postal_code");
        }
        return caseFile.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + field.id() + ", COUNT(*) AS n FROM person "
                    + "WHERE jurisdiction IS NULL GROUP BY " + field.id() + " ORDER BY n DESC, 1 LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    public List<ImportRecord> imports() {
        return caseFile.read(ImportLog::all);
    }

    public Optional<ImportRecord> importRecord(long id) {
        return caseFile.read(c -> ImportLog.find(c, id));
    }

    public List<MergeEvent> merges(long importId) {
        return caseFile.read(c -> {
            List<MergeEvent> out = new ArrayList<>();
            ImportLog.merges(c, importId, out::add);
            return out;
        });
    }

    /** Takes an import out as a unit (see {@link ImportRollback}). */
    public ImportRecord rollback(long importId) {
        return caseFile.write(tx -> rollback.rollback(tx, importId, clock.instant()));
    }

    /** What of the roster the audit trail vouches for: hand edits and import statuses. */
    public List<AuditedState> auditedStates() {
        return List.of(RosterEdits.STATE, rollback);
    }
}
