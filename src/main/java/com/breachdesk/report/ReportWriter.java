package com.breachdesk.report;

/** Turns a gathered report into a document (the PDF writer in {@code report.pdf}). */
public interface ReportWriter {

    RenderedReport write(TimelineReport report);
}
