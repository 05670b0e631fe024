package com.breachdesk.report;

import com.breachdesk.obligations.Assessor;
import com.breachdesk.session.CaseSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Makes timeline reports of open cases: gather as of a moment, write, and (optionally) save to a file. */
public final class TimelineReports {

    private final ReportAssembler assembler;
    private final ReportWriter writer;

    public TimelineReports(ReportAssembler assembler, ReportWriter writer) {
        this.assembler = assembler;
        this.writer = writer;
    }

    public RenderedReport generate(CaseSession session, Assessor assessor, ReportRequest request) {
        return writer.write(assembler.assemble(session, assessor, request));
    }

    /** Writes the PDF to {@code out} through a temporary file, so a failed save leaves no half-written report. */
    public static void save(RenderedReport report, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".report-", ".tmp");
            try {
                Files.write(tmp, report.pdf());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
