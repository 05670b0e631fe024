package com.breachdesk.letters.compose;

import com.breachdesk.letters.model.LetterDocument;

/**
 * A letter ready to render, with the fingerprint of everything it was made from (template id, version and
 * text, the values, the frame, the rule pack). Equal fingerprints mean byte-identical PDFs.
 */
public record ComposedLetter(LetterDocument document, String fingerprint) {
}
