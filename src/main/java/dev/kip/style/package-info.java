/**
 * Kip's colours, for the screen and the PDF alike: named roles and the soreness and pain ramps,
 * each in a light and a dark scheme, as plain sRGB values. The bottom of the dependency graph:
 * it knows nothing of Kip, of JavaFX or of PDFBox; each drawing layer converts the values itself.
 */
package dev.kip.style;
