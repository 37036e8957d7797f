package dev.kip.domain;

import java.util.List;

/**
 * Which sleep figure stands for a night, as the person set it: the diary where it has the night
 * (what the person felt and wrote down) unless {@code preferDevice}; among devices, the first of
 * {@code devicePriority} that recorded the night ("prefer my Garmin"), else the rule of the
 * import (the recording that covers most of the night, then one with stages).
 */
public record SleepSourcePrefs(List<String> devicePriority, boolean preferDevice) {

    public static final SleepSourcePrefs DEFAULTS = new SleepSourcePrefs(List.of(), false);

    public SleepSourcePrefs {
        devicePriority = List.copyOf(devicePriority);
    }

    /** Where {@code source} stands in the person's order: 0 first; sources not listed after all listed ones. */
    public int rank(String source) {
        int i = devicePriority.indexOf(source);
        return i < 0 ? devicePriority.size() : i;
    }
}
