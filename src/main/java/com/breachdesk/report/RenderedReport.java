package com.breachdesk.report;

/** A finished report: the PDF's bytes and its page count. */
public record RenderedReport(byte[] pdf, int pages) {
}
