package com.breachdesk.casefile;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditEntry;
import com.breachdesk.audit.AuditTrail;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One write transaction on a case file. Every change made through it is recorded in the audit trail
 * in the same transaction, so the data and its record commit or roll back together.
 */
public final class CaseTransaction {

    private final Connection connection;
    private final AuditTrail auditTrail;
    private final String actor;

    CaseTransaction(Connection connection, AuditTrail auditTrail, String actor) {
        this.connection = connection;
        this.auditTrail = auditTrail;
        this.actor = actor;
    }

    public Connection connection() {
        return connection;
    }

    public String actor() {
        return actor;
    }

    public AuditEntry audit(AuditChange change) throws SQLException {
        return auditTrail.append(connection, actor, change);
    }
}
