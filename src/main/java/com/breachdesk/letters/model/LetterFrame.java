package com.breachdesk.letters.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything on the page that is not the template body: letterhead, recipient address block, date,
 * reference, footer labels, the DRAFT stamp, paper and envelope, and the document metadata.
 *
 * @param letterhead   sender lines, first one printed bold
 * @param recipient    address block lines (name first), printed in the envelope window
 * @param dateLine     the letter date as printed ("2 March 2026"), with its label
 * @param reference    reference number, printed under the date and in every footer
 * @param pageLabel    footer pattern with {@code %1$d} = page, {@code %2$d} = pages ("Page %1$d of %2$d")
 * @param title        PDF title metadata
 * @param author       PDF author metadata (the organization)
 * @param language     BCP 47 tag of the letter ("en", "uk")
 * @param created      the date recorded as the PDF creation date (fixed, for byte-identical output)
 * @param documentId   16 bytes recorded as the PDF file identifier (fixed, for byte-identical output)
 */
public record LetterFrame(List<String> letterhead, List<String> recipient, String dateLabel, String dateLine,
                          String referenceLabel, String reference, String pageLabel, boolean draft,
                          PaperFormat paper, EnvelopeLayout envelope, String title, String author, String language,
                          LocalDate created, byte[] documentId) {

    public LetterFrame {
        letterhead = List.copyOf(letterhead);
        recipient = List.copyOf(recipient);
        Objects.requireNonNull(dateLine);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(pageLabel);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(envelope);
        Objects.requireNonNull(created);
        documentId = documentId.clone();
        if (documentId.length != 16) {
            throw new IllegalArgumentException("document id must be 16 bytes");
        }
    }

    @Override
    public byte[] documentId() {
        return documentId.clone();
    }
}
