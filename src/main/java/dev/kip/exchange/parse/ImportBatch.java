package dev.kip.exchange.parse;

import dev.kip.domain.BodyWeight;
import dev.kip.domain.DeviceNight;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.Settings.MassUnit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one file held, parsed and checked, ready for a preview and for one store
 * transaction. {@code assumedUnit} is the unit applied because the file names none (the preview
 * should ask about it), or null when the file said which unit its weights are in or holds none.
 * {@code skipped} counts what was read but not imported, {@code notices} what was decided on the way.
 */
public record ImportBatch(
        ImportFormat format,
        String fileName,
        MassUnit assumedUnit,
        List<ParsedWorkout> workouts,
        List<DeviceNight> deviceNights,
        List<BodyWeight> bodyWeights,
        List<Night> nights,
        List<Factors> factors,
        Map<SkipReason, Integer> skipped,
        Map<Notice, Integer> notices) {

    public ImportBatch {
        workouts = List.copyOf(workouts);
        deviceNights = List.copyOf(deviceNights);
        bodyWeights = List.copyOf(bodyWeights);
        nights = List.copyOf(nights);
        factors = List.copyOf(factors);
        skipped = Collections.unmodifiableMap(skipped.isEmpty() ? new EnumMap<>(SkipReason.class) : new EnumMap<>(skipped));
        notices = Collections.unmodifiableMap(notices.isEmpty() ? new EnumMap<>(Notice.class) : new EnumMap<>(notices));
    }

    public int setCount() {
        return workouts.stream().mapToInt(w -> w.sets().size()).sum();
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }

    public int noticed(Notice notice) {
        return notices.getOrDefault(notice, 0);
    }

    public boolean isEmpty() {
        return workouts.isEmpty() && deviceNights.isEmpty() && bodyWeights.isEmpty() && nights.isEmpty();
    }

    public Optional<LocalDate> firstDate() {
        return dates().min(LocalDate::compareTo);
    }

    public Optional<LocalDate> lastDate() {
        return dates().max(LocalDate::compareTo);
    }

    private Stream<LocalDate> dates() {
        return Stream.of(workouts.stream().map(ParsedWorkout::date), deviceNights.stream().map(DeviceNight::date),
                bodyWeights.stream().map(BodyWeight::date), nights.stream().map(Night::date)).flatMap(s -> s);
    }
}
