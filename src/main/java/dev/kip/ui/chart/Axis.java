package dev.kip.ui.chart;

/** The value axis a series or reference line is read against: a time chart has one on each side. */
public enum Axis { LEFT, RIGHT }
