package com.breachdesk.casefile;

import java.sql.SQLException;

/** Work against the case file's connection; its SQLException rolls the transaction back. */
@FunctionalInterface
public interface SqlWork<T, C> {
    T run(C context) throws SQLException;
}
