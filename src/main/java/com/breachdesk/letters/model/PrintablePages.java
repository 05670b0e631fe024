package com.breachdesk.letters.model;

/**
 * A letter's pages in a form the print run can reuse. Opaque to the core: only the renderer that made
 * it can place it into a print volume.
 */
public interface PrintablePages {

    int pages();
}
