package dev.kip.cli;

import dev.kip.domain.BodyMark;
import dev.kip.domain.BodyRegion;
import dev.kip.domain.BodyRegions;
import dev.kip.domain.PainCharacter;
import dev.kip.domain.PainDetails;
import dev.kip.domain.PainTiming;
import dev.kip.domain.SymptomKind;
import dev.kip.domain.TrainingEffect;
import dev.kip.service.BodyService;
import dev.kip.service.JournalSession;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kip body regions | mark}: the body-map vocabulary and one day's soreness or pain, from the command line. */
@Command(name = "body", mixinStandardHelpOptions = true,
        description = "List body-map regions, or mark soreness or pain in one.",
        subcommands = {BodyCommand.Regions.class, BodyCommand.Mark.class})
final class BodyCommand {

    /** {@code kip body regions}: every region's id and name, tab-separated, in catalog order (front, then back). */
    @Command(name = "regions", mixinStandardHelpOptions = true, description = "Print each region's id and name, separated by a tab.")
    static final class Regions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (BodyRegion r : BodyRegions.ALL) {
                out.println(r.id() + "\t" + r.name());
            }
            out.flush();
            return 0;
        }
    }

    /**
     * {@code kip body mark}: adds or replaces the day's mark for a region and kind. Every field is
     * checked before the journal is opened, so bad input saves nothing.
     */
    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = "Add or replace the soreness or pain mark of one region on one day.")
    static final class Mark extends JournalCommand implements Callable<Integer> {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day (today or earlier).")
        String date;

        @Option(names = "--region", required = true, paramLabel = "ID", description = "A region id, e.g. FRONT.KNEE.L (see `kip body regions`).")
        String region;

        @Option(names = "--kind", required = true, paramLabel = "soreness|pain", description = "soreness or pain.")
        String kind;

        @Option(names = "--level", required = true, paramLabel = "0-10", description = "The level, 0 to 10.")
        String level;

        @Option(names = "--note", paramLabel = "TEXT", description = "An optional note.")
        String note = "";

        @Option(names = "--next-morning", description = "Marked the morning after a training day.")
        boolean nextMorning;

        @Option(names = "--character", paramLabel = "WORD",
                description = "Pain only: aching, sharp, burning, stiff or tingling-numb (kept from an earlier mark if not given).")
        String character;

        @Option(names = "--when", paramLabel = "WORD",
                description = "Pain only: on-waking, during-training, after-training, at-night or all-day.")
        String when;

        @Option(names = "--effect", paramLabel = "WORD", description = "Pain only: its effect on training: none, modified or stopped.")
        String effect;

        @Override
        public Integer call() {
            BodyMark mark = new BodyMark(day(), region().id(), kind(), level(), note, nextMorning);
            PainCharacter c = word("--character", character, PainCharacter.class);
            PainTiming t = word("--when", when, PainTiming.class);
            TrainingEffect e = word("--effect", effect, TrainingEffect.class);
            if (mark.kind() != SymptomKind.PAIN && (c != null || t != null || e != null)) {
                throw new IllegalArgumentException("--character, --when and --effect describe pain; this is a " + mark.kind().label()
                        + " mark.");
            }
            try (JournalSession journal = openJournal()) {
                BodyService body = journal.body();
                PainDetails before = body.between(mark.date(), mark.date()).stream()
                        .filter(m -> m.regionId().equals(mark.regionId()) && m.kind() == mark.kind())
                        .map(BodyMark::details).findFirst().orElse(PainDetails.NONE);
                body.put(mark.withDetails(new PainDetails(c == null ? before.character() : c, t == null ? before.timing() : t,
                        e == null ? before.effect() : e)));
            }
            BodyRegion r = BodyRegions.require(mark.regionId());
            out().printf(Locale.ROOT, "Saved %s %d for %s on %s.%n", mark.kind().label(), mark.level(), r.name().toLowerCase(Locale.ROOT), mark.date());
            out().flush();
            return 0;
        }

        /** An enum constant by its name written in lower case with hyphens ("tingling-numb"); null when not given. */
        private static <E extends Enum<E>> E word(String option, String text, Class<E> type) {
            if (text == null) {
                return null;
            }
            String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(name)) {
                    return value;
                }
            }
            throw new IllegalArgumentException(option + ": '" + text + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(java.util.stream.Collectors.joining(", ")) + ".");
        }

        private LocalDate day() {
            LocalDate d;
            try {
                d = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date: '" + date + "' is not a date (expected YYYY-MM-DD, e.g. 2026-11-23).");
            }
            if (d.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("--date: " + d + " is in the future (marks are for today or earlier).");
            }
            return d;
        }

        private BodyRegion region() {
            return BodyRegions.byId(region).orElseThrow(() -> new IllegalArgumentException(
                    "--region: unknown region '" + region + "' (expected an id such as FRONT.KNEE.L; `kip body regions` lists them)."));
        }

        private SymptomKind kind() {
            try {
                return SymptomKind.fromLabel(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--kind: " + e.getMessage() + ".");
            }
        }

        private int level() {
            int n;
            try {
                n = Integer.parseInt(level.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--level: '" + level + "' is not a whole number (expected 0 to 10).");
            }
            if (n < 0 || n > 10) {
                throw new IllegalArgumentException("--level: " + n + " is outside 0 to 10.");
            }
            return n;
        }
    }
}
