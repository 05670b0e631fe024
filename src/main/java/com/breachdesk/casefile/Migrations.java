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
            new Migration(2, "letters: notice facts, letter batches, letters, print volumes", List.of(
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
                    )"""))
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
