package com.breachdesk.handover;

/**
 * Keeps CSV cells from being run as formulas when the file is opened in a spreadsheet (CSV injection): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate (OWASP's advice). Roster data comes from outside and may be hostile.
 */
public final class SpreadsheetSafeText {

    private SpreadsheetSafeText() {
    }

    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
