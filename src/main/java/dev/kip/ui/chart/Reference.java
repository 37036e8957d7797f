package dev.kip.ui.chart;

import dev.kip.style.Role;

/** A dashed horizontal line at a value, named at its right end: the sleep target, a threshold. */
public record Reference(String name, double value, Axis axis, Role color) {
}
