package com.breachdesk.casefile;

import java.util.List;

/** One step of the case-file schema: the statements that take a file from {@code version - 1} to {@code version}. */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1");
        }
        statements = List.copyOf(statements);
    }
}
