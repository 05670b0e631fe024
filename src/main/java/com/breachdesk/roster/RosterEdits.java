package com.breachdesk.roster;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.jurisdiction.Jurisdictions;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes to people made by hand. Each changed field is audited ({@code person/ID/field}) and marked in
 * {@code person_edit}, which makes it audited state: verification compares it with the trail, and a
 * later merge or rollback never overwrites it.
 */
public final class RosterEdits {

    static final String ENTITY = "person";

    /** The hand-edited fields, as audited state (needs no resolver). */
    static final AuditedState STATE = RosterEdits::collect;

    private final JurisdictionResolver resolver;

    public RosterEdits(JurisdictionResolver resolver) {
        this.resolver = resolver;
    }

    /** Sets one field; returns the person as stored. Blank clears the field. */
    public Person edit(CaseTransaction tx, long personId, PersonField field, String value) throws SQLException {
        Connection c = tx.connection();
        CategoryBits bits = CategoryBits.ensure(c);
        Person before = PersonStore.find(c, personId, bits)
                .orElseThrow(() -> new IllegalArgumentException("There is no person #" + personId));
        Person after = with(before, field, value);
        boolean addressChanged = field == PersonField.COUNTRY || field == PersonField.REGION
                || field == PersonField.POSTAL_CODE || field == PersonField.PHONE;
        if (addressChanged && before.resolution().method() != ResolutionMethod.MANUAL) {
            after = withResolution(after, resolve(after));
        }
        if (after.equals(before)) {
            return before;
        }
        PersonStore.update(c, after, bits);
        for (PersonField f : PersonField.values()) {
            String old = text(before, f);
            String now = text(after, f);
            if (!Objects.equals(old, now)) {
                markEdited(c, personId, f);
                tx.audit(AuditChange.fieldChange(ENTITY, Long.toString(personId), f.id(), old, now));
            }
        }
        return after;
    }

    /** Applies a bulk fix; returns how many people changed. */
    public int apply(CaseTransaction tx, BulkFix fix) throws SQLException {
        Connection c = tx.connection();
        Resolution manual = Resolution.manual(fix.jurisdiction());
        CategoryBits bits = CategoryBits.ensure(c);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + fix.field().id() + " FROM person"
                + (fix.includeResolved() ? "" : " WHERE jurisdiction IS NULL"))) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (fix.matches(rs.getString(2))) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE person SET jurisdiction = ?, resolution_method = ?, "
                + "resolution_confidence = ? WHERE id = ?")) {
            for (long id : ids) {
                Person before = PersonStore.find(c, id, bits).orElseThrow();
                if (before.resolution().equals(manual)) {
                    continue;
                }
                update.setString(1, manual.jurisdiction());
                update.setString(2, manual.method().id());
                update.setString(3, manual.confidence().id());
                update.setLong(4, id);
                update.executeUpdate();
                markEdited(c, id, PersonField.JURISDICTION);
                tx.audit(AuditChange.fieldChange(ENTITY, Long.toString(id), PersonField.JURISDICTION.id(),
                        before.resolution().jurisdiction(), manual.jurisdiction()));
                changed++;
            }
        }
        tx.audit(new AuditChange("bulk_fix", "roster", "jurisdiction", null, null,
                fix.describe() + " (" + changed + " people)"));
        return changed;
    }

    private Resolution resolve(Person p) {
        Person.Address a = p.address();
        return resolver.resolve(new JurisdictionResolver.Clues(a.country(), a.region(), a.postalCode(), p.phone()));
    }

    private Person with(Person p, PersonField field, String raw) {
        String v = raw == null || raw.isBlank() ? null : raw.strip();
        Person.Address a = p.address();
        return switch (field) {
            case FULL_NAME -> copy(p, v, p.email(), p.phone(), p.phoneE164(), a, p.dateOfBirth(), p.language());
            case EMAIL -> copy(p, p.fullName(), v, p.phone(), p.phoneE164(), a, p.dateOfBirth(), p.language());
            case PHONE -> copy(p, p.fullName(), p.email(), v,
                    resolver.phones().e164(v, p.resolution().country().orElse(null)).orElse(null), a,
                    p.dateOfBirth(), p.language());
            case STREET -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(),
                    new Person.Address(v, a.city(), a.region(), a.postalCode(), a.country()), p.dateOfBirth(), p.language());
            case CITY -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(),
                    new Person.Address(a.street(), v, a.region(), a.postalCode(), a.country()), p.dateOfBirth(), p.language());
            case REGION -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(),
                    new Person.Address(a.street(), a.city(), v, a.postalCode(), a.country()), p.dateOfBirth(), p.language());
            case POSTAL_CODE -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(),
                    new Person.Address(a.street(), a.city(), a.region(), v, a.country()), p.dateOfBirth(), p.language());
            case COUNTRY -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(),
                    new Person.Address(a.street(), a.city(), a.region(), a.postalCode(), v), p.dateOfBirth(), p.language());
            case DATE_OF_BIRTH -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(), a, parseDate(v), p.language());
            case LANGUAGE -> copy(p, p.fullName(), p.email(), p.phone(), p.phoneE164(), a, p.dateOfBirth(), v);
            case JURISDICTION -> withResolution(p, v == null || Resolution.UNKNOWN.equalsIgnoreCase(v)
                    ? Resolution.unresolved() : Resolution.manual(Jurisdictions.requireValid(v)));
            case CATEGORIES -> new Person(p.id(), p.createdImport(), p.sourceLine(), p.idNamespace(), p.externalId(),
                    p.fullName(), p.email(), p.phone(), p.phoneE164(), a, p.dateOfBirth(), p.language(), p.resolution(),
                    Coded.parseSet(DataCategory.class, v), p.notificationStatus());
            case NOTIFICATION_STATUS -> new Person(p.id(), p.createdImport(), p.sourceLine(), p.idNamespace(),
                    p.externalId(), p.fullName(), p.email(), p.phone(), p.phoneE164(), a, p.dateOfBirth(), p.language(),
                    p.resolution(), p.categories(), v == null ? NotificationStatus.PENDING
                    : Coded.parse(NotificationStatus.class, v));
        };
    }

    private static LocalDate parseDate(String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the date of birth as YYYY-MM-DD, e.g. 1990-04-25 (got '" + v + "')");
        }
    }

    private static Person copy(Person p, String name, String email, String phone, String e164, Person.Address a,
                               LocalDate dob, String language) {
        return new Person(p.id(), p.createdImport(), p.sourceLine(), p.idNamespace(), p.externalId(), name, email, phone,
                e164, a, dob, language, p.resolution(), p.categories(), p.notificationStatus());
    }

    private static Person withResolution(Person p, Resolution r) {
        return new Person(p.id(), p.createdImport(), p.sourceLine(), p.idNamespace(), p.externalId(), p.fullName(),
                p.email(), p.phone(), p.phoneE164(), p.address(), p.dateOfBirth(), p.language(), r, p.categories(),
                p.notificationStatus());
    }

    /** The text of a field as audited. */
    static String text(Person p, PersonField field) {
        return field.of(p);
    }

    private static void markEdited(Connection c, long personId, PersonField field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO person_edit (person_id, field) VALUES (?, ?)")) {
            ps.setLong(1, personId);
            ps.setString(2, field.id());
            ps.executeUpdate();
        }
    }

    /** The fields of one person edited by hand: a merge leaves these alone. */
    public static java.util.Set<PersonField> editedFieldsOf(Connection c, long personId) throws SQLException {
        java.util.Set<PersonField> out = java.util.EnumSet.noneOf(PersonField.class);
        for (String f : editedFields(c, "p.id = ?", personId).getOrDefault(personId, List.of())) {
            out.add(Coded.parse(PersonField.class, f));
        }
        return out;
    }

    /** Fields edited by hand, per person: merges and rollbacks leave these alone. */
    static Map<Long, List<String>> editedFields(Connection c, String personCondition, long param) throws SQLException {
        Map<Long, List<String>> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pe.person_id, pe.field FROM person_edit pe "
                + "JOIN person p ON p.id = pe.person_id WHERE " + personCondition)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void collect(Connection connection, Map<String, String> into) throws SQLException {
        CategoryBits bits = CategoryBits.load(connection);
        // The person's columns first (as PersonStore maps them), the edited field's name last.
        try (PreparedStatement ps = connection.prepareStatement("SELECT "
                + PersonStore.COLUMNS.replaceAll("(\\w+)", "p.$1") + ", pe.field FROM person_edit pe JOIN person p ON p.id = pe.person_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String field = rs.getString(PersonStore.COLUMN_COUNT + 1);
                Person p = PersonStore.map(rs, bits);
                PersonField f = Coded.parse(PersonField.class, field);
                into.put(AuditedState.key(ENTITY, Long.toString(p.id()), f.id()), text(p, f));
            }
        }
    }
}
