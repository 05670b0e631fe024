package com.breachdesk.handover;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.sql.SQLException;

/**
 * One part of a case in the JSON export, under {@code "sections"} by {@link #name()}. A section writes its value
 * on export and puts it back into a new case on import; new parts of a case (review drafts, approvals, comments,
 * sent evidence) are added as new sections without changing the others.
 */
public interface CaseSection {

    /** The member name under {@code "sections"}; stable once released. */
    String name();

    /** Writes exactly one JSON value: this part of the case. */
    void export(ExportContext context, JsonGenerator out) throws IOException;

    /**
     * Restores this part from its value ({@code in} is at the value's first token; leave it at the value's last),
     * in the import's single transaction.
     */
    void restore(RestoreContext context, JsonParser in) throws IOException, SQLException;
}
