package com.breachdesk.casefile;

import java.util.List;

/**
 * Every schema step the case file has ever had, in order. Append only: a released step is never
 * edited, because files in the field were built by it. New files run the same steps as old ones.
 */
public final class Migrations {

    private static final List<Migration> ALL = List.of(
            new Migration(1, "case, organization, incident, timeline, audit trail", List.of(
                    """
                    CREATE TABLE case_meta (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE organization (
                        id                    INTEGER PRIMARY KEY CHECK (id = 1),
                        legal_name            TEXT,
                        address               TEXT,
                        registration_number   TEXT,
                        contact_name          TEXT,
                        contact_email         TEXT,
                        contact_phone         TEXT,
                        dpo_name              TEXT,
                        dpo_email             TEXT,
                        establishments        TEXT,
                        eu_main_establishment TEXT,
                        sectors               TEXT,
                        data_inventory        TEXT,
                        paper_size            TEXT,
                        envelope_window       TEXT
                    )""",
                    """
                    CREATE TABLE incident (
                        id                    INTEGER PRIMARY KEY CHECK (id = 1),
                        title                 TEXT,
                        type                  TEXT,
                        description           TEXT,
                        occurred_from         TEXT,
                        occurred_to           TEXT,
                        discovered_at         TEXT,
                        aware_at              TEXT,
                        aware_decided_by      TEXT,
                        aware_evidence        TEXT,
                        aware_reason          TEXT,
                        determined_at         TEXT,
                        contained_at          TEXT,
                        status                TEXT,
                        nature                TEXT,
                        intent                TEXT,
                        exfiltration          TEXT,
                        encryption            TEXT,
                        data_recovered        TEXT,
                        approximate_records   TEXT,
                        systems_affected      TEXT,
                        cause                 TEXT,
                        measures_taken        TEXT,
                        law_enforcement_delay TEXT,
                        data_categories       TEXT
                    )""",
                    """
                    CREATE TABLE timeline_entry (
                        id        INTEGER PRIMARY KEY,
                        event_at  TEXT NOT NULL,
                        logged_at TEXT NOT NULL,
                        kind      TEXT NOT NULL,
                        actor     TEXT NOT NULL,
                        text      TEXT NOT NULL,
                        corrects  INTEGER REFERENCES timeline_entry (id)
                    )""",
                    "CREATE INDEX timeline_entry_by_event ON timeline_entry (event_at)",
                    """
                    CREATE TRIGGER timeline_entry_no_update BEFORE UPDATE ON timeline_entry
                    BEGIN SELECT RAISE(ABORT, 'timeline entries are append-only: add a correction'); END""",
                    """
                    CREATE TRIGGER timeline_entry_no_delete BEFORE DELETE ON timeline_entry
                    BEGIN SELECT RAISE(ABORT, 'timeline entries are append-only: add a correction'); END""",
                    """
                    CREATE TABLE audit_log (
                        seq       INTEGER PRIMARY KEY,
                        at        TEXT NOT NULL,
                        actor     TEXT NOT NULL,
                        action    TEXT NOT NULL,
                        entity    TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        field     TEXT,
                        old_value TEXT,
                        new_value TEXT,
                        prev_hash TEXT NOT NULL,
                        hash      TEXT NOT NULL
                    )""",
                    """
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
                    """
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
                    "INSERT INTO organization (id) VALUES (1)",
                    "INSERT INTO incident (id) VALUES (1)")),
            new Migration(2, "roster: people, imports, merge report, undo images, category bits", List.of(
                    """
                    CREATE TABLE roster_import (
                        id             INTEGER PRIMARY KEY,
                        file_name      TEXT NOT NULL,
                        sha256         TEXT NOT NULL,
                        encoding       TEXT NOT NULL,
                        delimiter      TEXT NOT NULL,
                        mapping        TEXT NOT NULL,
                        rows_read      INTEGER NOT NULL,
                        imported       INTEGER NOT NULL,
                        merged         INTEGER NOT NULL,
                        rejected       INTEGER NOT NULL,
                        unresolved     INTEGER NOT NULL,
                        rejects_file   TEXT,
                        imported_by    TEXT NOT NULL,
                        imported_at    TEXT NOT NULL,
                        status         TEXT NOT NULL CHECK (status IN ('active', 'rolled_back')),
                        rolled_back_by TEXT,
                        rolled_back_at TEXT
                    )""",
                    // Which bit of person.categories stands for which category id: the file says so
                    // itself, so a later build that adds categories never reinterprets stored bits.
                    """
                    CREATE TABLE category_bit (
                        category TEXT PRIMARY KEY,
                        bit      INTEGER NOT NULL UNIQUE CHECK (bit BETWEEN 0 AND 62)
                    )""",
                    "INSERT INTO category_bit (category, bit) VALUES ('name', 0), ('email', 1), ('phone', 2), ('postal_address', 3), ('company', 4), ('date_of_birth', 5), ('account_credentials', 6), ('payment_card', 7), ('financial_account', 8), ('financial_account_with_access_code', 9), ('billing_address', 10), ('ssn', 11), ('national_id', 12), ('drivers_license', 13), ('passport', 14), ('tax_id', 15), ('health', 16), ('health_insurance', 17), ('biometric', 18), ('genetic', 19), ('precise_geolocation', 20), ('ip_address', 21), ('device_id', 22), ('online_identifier_cookies', 23), ('call_metadata', 24), ('communications_content', 25), ('support_messages', 26), ('usage_data', 27), ('preferences', 28), ('special_category_other', 29), ('criminal_records', 30), ('children_data', 31)",
                    """
                    CREATE TABLE person (
                        id                    INTEGER PRIMARY KEY,
                        created_import        INTEGER NOT NULL REFERENCES roster_import (id),
                        source_line           INTEGER NOT NULL,
                        id_namespace          TEXT,
                        external_id           TEXT,
                        full_name             TEXT,
                        email                 TEXT,
                        phone                 TEXT,
                        phone_key             TEXT,
                        street                TEXT,
                        city                  TEXT,
                        region                TEXT,
                        postal_code           TEXT,
                        country               TEXT,
                        date_of_birth         TEXT,
                        language              TEXT,
                        jurisdiction          TEXT,
                        resolution_method     TEXT NOT NULL,
                        resolution_confidence TEXT NOT NULL,
                        categories            INTEGER NOT NULL,
                        notification_status   TEXT NOT NULL DEFAULT 'pending'
                    )""",
                    // The scope summary groups by exactly these columns: one pass over the index, no table reads.
                    "CREATE INDEX person_by_jurisdiction ON person (jurisdiction, categories)",
                    // Minors are counted (and filtered) by a range of birth dates: only the young are read.
                    "CREATE INDEX person_by_birth ON person (date_of_birth) WHERE date_of_birth IS NOT NULL",
                    """
                    CREATE TABLE person_edit (
                        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
                        field     TEXT NOT NULL,
                        PRIMARY KEY (person_id, field)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE person_undo (
                        person_id    INTEGER NOT NULL,
                        import_id    INTEGER NOT NULL REFERENCES roster_import (id),
                        before_image TEXT NOT NULL,
                        PRIMARY KEY (person_id, import_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE merge_event (
                        id          INTEGER PRIMARY KEY,
                        import_id   INTEGER NOT NULL REFERENCES roster_import (id),
                        source_line INTEGER NOT NULL,
                        person_id   INTEGER NOT NULL,
                        matched_on  TEXT NOT NULL,
                        merged      INTEGER NOT NULL CHECK (merged IN (0, 1)),
                        detail      TEXT
                    )""")),
            new Migration(3, "risk factors and decisions, estimated counts, computed obligations, notices given", List.of(
                    """
                    CREATE TABLE risk_assessment (
                        id                          INTEGER PRIMARY KEY CHECK (id = 1),
                        ease_of_identification      TEXT,
                        vulnerable_subjects         TEXT,
                        restored_within_hours       TEXT,
                        recipient_trusted           TEXT,
                        misuse_observed             TEXT,
                        published                   TEXT,
                        credentials                 TEXT,
                        disproportionate_effort     TEXT,
                        ecomms_service_related      TEXT,
                        processor_role              TEXT,
                        include_drafts              TEXT,
                        override_level              TEXT,
                        override_notify_authority   TEXT,
                        override_notify_individuals TEXT,
                        override_justification      TEXT
                    )""",
                    "INSERT INTO risk_assessment (id) VALUES (1)",
                    """
                    CREATE TABLE estimated_count (
                        jurisdiction TEXT PRIMARY KEY,
                        people       INTEGER NOT NULL CHECK (people >= 0)
                    )""",
                    """
                    CREATE TABLE obligation (
                        rule_id           TEXT NOT NULL,
                        jurisdiction      TEXT NOT NULL,
                        rule_version      INTEGER NOT NULL,
                        rule_pack_version TEXT NOT NULL,
                        assessed_at       TEXT NOT NULL,
                        recipient_type    TEXT NOT NULL,
                        recipient_name    TEXT NOT NULL,
                        phase             TEXT,
                        status            TEXT NOT NULL,
                        why               TEXT,
                        clock_start       TEXT NOT NULL,
                        clock_started_at  TEXT,
                        zone              TEXT NOT NULL,
                        nominal_due       TEXT,
                        due               TEXT,
                        not_before        TEXT,
                        explanation       TEXT NOT NULL,
                        reasons           TEXT NOT NULL,
                        missing           TEXT NOT NULL,
                        PRIMARY KEY (rule_id, jurisdiction)
                    )""",
                    """
                    CREATE TABLE obligation_done (
                        rule_id      TEXT NOT NULL,
                        jurisdiction TEXT NOT NULL,
                        rule_version INTEGER NOT NULL,
                        done_at      TEXT NOT NULL,
                        channel      TEXT,
                        reference    TEXT,
                        recorded_by  TEXT NOT NULL,
                        recorded_at  TEXT NOT NULL,
                        PRIMARY KEY (rule_id, jurisdiction)
                    )""")),
            new Migration(4, "letters: notice facts, letter batches, letters, print volumes", List.of(
                    """
                    CREATE TABLE notice_fact (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE letter_batch (
                        id              INTEGER PRIMARY KEY,
                        out_dir         TEXT NOT NULL,
                        template        TEXT NOT NULL,
                        filter          TEXT NOT NULL,
                        kind            TEXT NOT NULL,
                        letter_date     TEXT NOT NULL,
                        started_at      TEXT NOT NULL,
                        started_by      TEXT NOT NULL,
                        status          TEXT NOT NULL,
                        letters         INTEGER,
                        pages           INTEGER,
                        manifest_sha256 TEXT,
                        finished_at     TEXT
                    )""",
                    "CREATE INDEX letter_batch_by_dir ON letter_batch (out_dir)",
                    """
                    CREATE TABLE letter (
                        id               INTEGER PRIMARY KEY,
                        batch_id         INTEGER NOT NULL REFERENCES letter_batch (id),
                        position         INTEGER NOT NULL,
                        person_id        TEXT NOT NULL,
                        fingerprint      TEXT NOT NULL,
                        file             TEXT NOT NULL,
                        pages            INTEGER NOT NULL,
                        sha256           TEXT NOT NULL,
                        template_id      TEXT NOT NULL,
                        template_version INTEGER NOT NULL,
                        generated_at     TEXT NOT NULL
                    )""",
                    "CREATE INDEX letter_by_person ON letter (person_id, fingerprint)",
                    """
                    CREATE TRIGGER letter_no_update BEFORE UPDATE ON letter
                    BEGIN SELECT RAISE(ABORT, 'generated letters are a record: they are never changed'); END""",
                    """
                    CREATE TRIGGER letter_no_delete BEFORE DELETE ON letter
                    BEGIN SELECT RAISE(ABORT, 'generated letters are a record: they are never deleted'); END""",
                    """
                    CREATE TABLE letter_print_volume (
                        batch_id       INTEGER NOT NULL REFERENCES letter_batch (id),
                        volume         INTEGER NOT NULL,
                        file           TEXT NOT NULL,
                        first_position INTEGER NOT NULL,
                        letters        INTEGER NOT NULL,
                        pages          INTEGER NOT NULL,
                        sha256         TEXT NOT NULL,
                        PRIMARY KEY (batch_id, volume)
                    )""")),
            new Migration(5, "letters: where a batch's recipients came from; letters by batch", List.of(
                    // 'roster' batches move their people's notification status; a mailing file's do not.
                    "ALTER TABLE letter_batch ADD COLUMN source TEXT",
                    "CREATE INDEX letter_by_batch ON letter (batch_id, position)")),
            new Migration(6, "legal review: drafts, versions, comments, approvals; evidence files; notices sent; privilege", List.of(
                    // Adding a column fires no trigger: timeline entries stay append-only. The flag is set when an
                    // entry is written and never changed.
                    "ALTER TABLE timeline_entry ADD COLUMN privileged INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1))",
                    """
                    CREATE TABLE review_draft (
                        id             INTEGER PRIMARY KEY,
                        template_id    TEXT NOT NULL UNIQUE,
                        origin         TEXT NOT NULL,
                        origin_version INTEGER NOT NULL,
                        origin_sha256  TEXT NOT NULL,
                        created_by     TEXT NOT NULL,
                        created_at     TEXT NOT NULL
                    )""",
                    """
                    CREATE TRIGGER review_draft_no_update BEFORE UPDATE ON review_draft
                    BEGIN SELECT RAISE(ABORT, 'a draft keeps the template it was made from'); END""",
                    """
                    CREATE TRIGGER review_draft_no_delete BEFORE DELETE ON review_draft
                    BEGIN SELECT RAISE(ABORT, 'drafts are a record of legal review: they are never deleted'); END""",
                    """
                    CREATE TABLE review_version (
                        draft_id   INTEGER NOT NULL REFERENCES review_draft (id),
                        version    INTEGER NOT NULL CHECK (version >= 1),
                        text       TEXT NOT NULL,
                        sha256     TEXT NOT NULL,
                        note       TEXT,
                        created_by TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        state      TEXT NOT NULL
                                   CHECK (state IN ('draft', 'in_review', 'changes_requested', 'approved', 'superseded')),
                        PRIMARY KEY (draft_id, version)
                    )""",
                    // Only the state of a version moves; its words are fixed the moment it is created.
                    """
                    CREATE TRIGGER review_version_immutable
                    BEFORE UPDATE OF draft_id, version, text, sha256, note, created_by, created_at ON review_version
                    BEGIN SELECT RAISE(ABORT, 'a draft version is never changed: edit the draft to make a new version'); END""",
                    """
                    CREATE TRIGGER review_version_no_delete BEFORE DELETE ON review_version
                    BEGIN SELECT RAISE(ABORT, 'draft versions are a record of legal review: they are never deleted'); END""",
                    """
                    CREATE TABLE review_transition (
                        id         INTEGER PRIMARY KEY,
                        draft_id   INTEGER NOT NULL,
                        version    INTEGER NOT NULL,
                        action     TEXT NOT NULL,
                        from_state TEXT,
                        to_state   TEXT NOT NULL,
                        note       TEXT,
                        actor      TEXT NOT NULL,
                        at         TEXT NOT NULL,
                        FOREIGN KEY (draft_id, version) REFERENCES review_version (draft_id, version)
                    )""",
                    """
                    CREATE TRIGGER review_transition_no_update BEFORE UPDATE ON review_transition
                    BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END""",
                    """
                    CREATE TRIGGER review_transition_no_delete BEFORE DELETE ON review_transition
                    BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END""",
                    """
                    CREATE TABLE review_comment (
                        id          INTEGER PRIMARY KEY,
                        draft_id    INTEGER NOT NULL REFERENCES review_draft (id),
                        version     INTEGER NOT NULL,
                        paragraph   INTEGER NOT NULL CHECK (paragraph >= 0),
                        quote       TEXT NOT NULL,
                        text        TEXT NOT NULL,
                        author      TEXT NOT NULL,
                        created_at  TEXT NOT NULL,
                        privileged  INTEGER NOT NULL CHECK (privileged IN (0, 1)),
                        resolved_by TEXT,
                        resolved_at TEXT,
                        FOREIGN KEY (draft_id, version) REFERENCES review_version (draft_id, version)
                    )""",
                    "CREATE INDEX review_comment_by_draft ON review_comment (draft_id)",
                    """
                    CREATE TRIGGER review_comment_immutable
                    BEFORE UPDATE OF id, draft_id, version, paragraph, quote, text, author, created_at, privileged
                    ON review_comment
                    BEGIN SELECT RAISE(ABORT, 'a comment is never changed: add another comment'); END""",
                    """
                    CREATE TRIGGER review_comment_no_delete BEFORE DELETE ON review_comment
                    BEGIN SELECT RAISE(ABORT, 'comments are a record of legal review: resolve them instead'); END""",
                    """
                    CREATE TABLE review_approval (
                        draft_id      INTEGER NOT NULL,
                        version       INTEGER NOT NULL,
                        approver_name TEXT NOT NULL,
                        approver_role TEXT NOT NULL,
                        approved_at   TEXT NOT NULL,
                        sha256        TEXT NOT NULL,
                        recorded_by   TEXT NOT NULL,
                        PRIMARY KEY (draft_id, version),
                        FOREIGN KEY (draft_id, version) REFERENCES review_version (draft_id, version)
                    )""",
                    """
                    CREATE TRIGGER review_approval_no_update BEFORE UPDATE ON review_approval
                    BEGIN SELECT RAISE(ABORT, 'an approval is never changed'); END""",
                    """
                    CREATE TRIGGER review_approval_no_delete BEFORE DELETE ON review_approval
                    BEGIN SELECT RAISE(ABORT, 'an approval is never deleted'); END""",
                    """
                    CREATE TABLE evidence_file (
                        id          INTEGER PRIMARY KEY,
                        name        TEXT NOT NULL,
                        size        INTEGER NOT NULL CHECK (size >= 0),
                        sha256      TEXT NOT NULL,
                        content     BLOB NOT NULL,
                        attached_by TEXT NOT NULL,
                        attached_at TEXT NOT NULL
                    )""",
                    """
                    CREATE TRIGGER evidence_file_no_update BEFORE UPDATE ON evidence_file
                    BEGIN SELECT RAISE(ABORT, 'evidence is kept as it was attached'); END""",
                    """
                    CREATE TRIGGER evidence_file_no_delete BEFORE DELETE ON evidence_file
                    BEGIN SELECT RAISE(ABORT, 'evidence is kept as it was attached'); END""",
                    """
                    CREATE TABLE notice_sent (
                        id           INTEGER PRIMARY KEY,
                        batch_id     INTEGER REFERENCES letter_batch (id),
                        rule_id      TEXT,
                        jurisdiction TEXT,
                        sent_at      TEXT NOT NULL,
                        channel      TEXT NOT NULL CHECK (channel IN ('post', 'email', 'portal')),
                        reference    TEXT,
                        evidence_id  INTEGER REFERENCES evidence_file (id),
                        people       INTEGER,
                        recorded_by  TEXT NOT NULL,
                        recorded_at  TEXT NOT NULL,
                        CHECK ((batch_id IS NULL) <> (rule_id IS NULL)),
                        CHECK ((rule_id IS NULL) = (jurisdiction IS NULL))
                    )""",
                    """
                    CREATE TRIGGER notice_sent_no_update BEFORE UPDATE ON notice_sent
                    BEGIN SELECT RAISE(ABORT, 'a notice sent is a record: mark it again to correct it'); END""",
                    """
                    CREATE TRIGGER notice_sent_no_delete BEFORE DELETE ON notice_sent
                    BEGIN SELECT RAISE(ABORT, 'a notice sent is a record: mark it again to correct it'); END""")),
            new Migration(7, "audit trails of the cases a case was imported from", List.of(
                    // A case recreated from a JSON export keeps the source's trail verbatim (its own trail starts anew
                    // and records the source's final hash); trail 1 is the oldest ancestor.
                    """
                    CREATE TABLE imported_audit_log (
                        trail          INTEGER NOT NULL,
                        source_case_id TEXT NOT NULL,
                        seq            INTEGER NOT NULL,
                        at             TEXT NOT NULL,
                        actor          TEXT NOT NULL,
                        action         TEXT NOT NULL,
                        entity         TEXT NOT NULL,
                        entity_id      TEXT NOT NULL,
                        field          TEXT,
                        old_value      TEXT,
                        new_value      TEXT,
                        redacted       INTEGER NOT NULL CHECK (redacted IN (0, 1)),
                        prev_hash      TEXT NOT NULL,
                        hash           TEXT NOT NULL,
                        PRIMARY KEY (trail, seq)
                    )""",
                    """
                    CREATE TRIGGER imported_audit_log_no_update BEFORE UPDATE ON imported_audit_log
                    BEGIN SELECT RAISE(ABORT, 'an imported audit trail is kept as it was received'); END""",
                    """
                    CREATE TRIGGER imported_audit_log_no_delete BEFORE DELETE ON imported_audit_log
                    BEGIN SELECT RAISE(ABORT, 'an imported audit trail is kept as it was received'); END""")),
            new Migration(8, "one scope index: jurisdiction, categories and date of birth", List.of(
                    // A big import rebuilds the summary's index once at the end, and every index built costs a
                    // scan of the whole person table: one index instead of two saves ~1.5 s a million people.
                    // The summary counts minors per group on it too (ADR 0008).
                    "DROP INDEX person_by_birth",
                    "DROP INDEX person_by_jurisdiction",
                    "CREATE INDEX person_scope ON person (jurisdiction, categories, date_of_birth)"))
    );

    private Migrations() {
    }

    public static List<Migration> all() {
        return ALL;
    }

    /** The schema version this build writes; files above it are refused. */
    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
