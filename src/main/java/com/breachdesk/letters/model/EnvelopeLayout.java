package com.breachdesk.letters.model;

/** Where the recipient address is printed so that it shows through the envelope window. */
public enum EnvelopeLayout {
    /** DIN 5008 form B address field for DL / C5/6 envelopes with the window on the left. */
    DL_LEFT,
    /** Standard US #10 window envelope, letter folded in three. */
    US_10
}
