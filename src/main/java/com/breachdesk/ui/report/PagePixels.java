package com.breachdesk.ui.report;

/** One rendered page as ARGB pixels: what the view turns into an image, made off the FX thread. */
public record PagePixels(int width, int height, int[] argb) {
}
