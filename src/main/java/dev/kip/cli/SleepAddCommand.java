package dev.kip.cli;

import dev.kip.domain.DiaryEntry;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import dev.kip.domain.Settings;
import dev.kip.insight.ClockTimeParser;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.NightValidator;
import dev.kip.insight.Problem;
import dev.kip.insight.SleepFigures;
import dev.kip.insight.SleepMetrics;
import dev.kip.insight.Temperatures;
import dev.kip.service.JournalSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kip sleep add}: one diary night, checked by the same {@link NightValidator} as the form.
 * Any problem is printed against the option it belongs to, with exit 1 and nothing saved.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add one night of the sleep diary, keyed by the date you woke up. Times accept 23:15, 2315, 11:15pm.")
final class SleepAddCommand extends JournalCommand implements Callable<Integer> {

    /** Validator fields → the options they come from, so messages name what to fix. */
    private static final Map<String, String> OPTION_OF = Map.ofEntries(
            Map.entry("date", "--date"), Map.entry("intoBed", "--bed"), Map.entry("triedToSleep", "--try"),
            Map.entry("solMin", "--sol"), Map.entry("awakenings", "--awakenings"), Map.entry("wasoMin", "--waso"),
            Map.entry("finalWake", "--final-wake"), Map.entry("outOfBed", "--out-of-bed"),
            Map.entry("quality", "--quality"), Map.entry("rested", "--rested"),
            Map.entry("caffeineDrinks", "--caffeine"), Map.entry("lastCaffeine", "--last-caffeine"),
            Map.entry("alcoholDrinks", "--alcohol"), Map.entry("roomTempC", "--room-temp"),
            Map.entry("napStart", "--nap-start"), Map.entry("napMin", "--nap-min"));

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date you woke up (default: today).")
    LocalDate date;
    @Option(names = "--bed", required = true, paramLabel = "TIME", description = "Time you got into bed.")
    String bed;
    @Option(names = "--try", required = true, paramLabel = "TIME", description = "Time you tried to go to sleep.")
    String tried;
    @Option(names = "--sol", required = true, paramLabel = "MIN", description = "Minutes it took to fall asleep.")
    int sol;
    @Option(names = "--awakenings", required = true, paramLabel = "N", description = "How many times you woke up.")
    int awakenings;
    @Option(names = "--waso", required = true, paramLabel = "MIN", description = "Minutes awake during the night, in all.")
    int waso;
    @Option(names = "--final-wake", required = true, paramLabel = "TIME", description = "Time of your final awakening.")
    String finalWake;
    @Option(names = "--out-of-bed", required = true, paramLabel = "TIME", description = "Time you got out of bed.")
    String outOfBed;
    @Option(names = "--quality", required = true, paramLabel = "1-5", description = "Sleep quality: 1 very poor … 5 very good.")
    int quality;
    @Option(names = "--rested", required = true, paramLabel = "1-5", description = "How rested you feel: 1 not at all … 5 very.")
    int rested;
    @Option(names = "--note", paramLabel = "TEXT", description = "A comment.")
    String note;
    @Option(names = "--woke-early", description = "You woke earlier than planned.")
    boolean wokeEarly;
    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The time zone you slept in, e.g. Europe/Berlin (default: this machine's); the night's durations are computed in it.")
    ZoneId zone;

    @Option(names = "--caffeine", paramLabel = "N", description = "Caffeine drinks yesterday.")
    Integer caffeine;
    @Option(names = "--last-caffeine", paramLabel = "TIME", description = "Time of the last caffeine drink.")
    String lastCaffeine;
    @Option(names = "--alcohol", paramLabel = "N", description = "Alcohol drinks yesterday.")
    Integer alcohol;
    @Option(names = "--screens", paramLabel = "AMOUNT", converter = ScreenTimeOption.class,
            description = "Screens in the hour before bed: none, under-30, 30-60 or over-60.")
    ScreenTime screens;
    @Option(names = "--late-training", description = "Hard training within 3 h of bed.")
    Boolean lateTraining;
    @Option(names = "--room", paramLabel = "FEEL", description = "How the bedroom felt: ${COMPLETION-CANDIDATES}.")
    RoomFeel room;
    @Option(names = "--room-temp", paramLabel = "DEGREES", description = "Bedroom temperature, in the unit of the settings (°C or °F).")
    Double roomTemp;
    @Option(names = "--nap-start", paramLabel = "TIME", description = "When yesterday's nap started.")
    String napStart;
    @Option(names = "--nap-min", paramLabel = "MIN", description = "How long the nap lasted.")
    Integer napMin;

    @Override
    public Integer call() {
        try (JournalSession journal = openJournal()) {
            Clock clock = zone == null ? Clock.systemDefaultZone() : Clock.system(zone);
            LocalDate day = date == null ? LocalDate.now(clock) : date;
            Settings settings = journal.settings().current();
            List<Problem> problems = new ArrayList<>();
            Night night = new Night(day, time("intoBed", "Into bed", bed, problems),
                    time("triedToSleep", "Tried to sleep", tried, problems), sol, awakenings, waso,
                    time("finalWake", "The final awakening", finalWake, problems),
                    time("outOfBed", "Out of bed", outOfBed, problems), quality, rested, wokeEarly, note,
                    clock.getZone());
            Factors factors = new Factors(day, caffeine, time("lastCaffeine", "Last caffeine", lastCaffeine, problems),
                    alcohol, screens, lateTraining, room,
                    roomTemp == null ? null : Temperatures.toCelsius(roomTemp, settings.tempUnit()),
                    time("napStart", "Nap start", napStart, problems), napMin);
            problems.addAll(NightValidator.check(night, factors, LocalDate.now(clock)));
            if (!problems.isEmpty()) {
                err().println("kip: the night of " + day + " was not saved:");
                problems.forEach(p -> err().println("  " + OPTION_OF.getOrDefault(p.field(), p.field()) + ": " + p.message()));
                return 1;
            }
            journal.sleep().add(new DiaryEntry(night, factors));
            SleepFigures f = SleepMetrics.of(night);
            out().printf(Locale.ROOT, "Saved the night of %s: %s asleep of %s in bed, %.1f %% efficiency.%n", day,
                    DurationFormat.text(f.tstMin()), DurationFormat.text(f.tibMin()), f.sePct());
            return 0;
        }
    }

    private static LocalTime time(String field, String label, String text, List<Problem> problems) {
        return ClockTimeParser.parseField(field, label, text, problems);
    }
}
