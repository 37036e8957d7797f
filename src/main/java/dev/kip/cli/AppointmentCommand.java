package dev.kip.cli;

import dev.kip.domain.Appointment;
import dev.kip.service.JournalSession;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kip appointment}: record physiotherapy appointments ({@code kip report --since-appointment} starts at the last one). */
@Command(name = "appointment", mixinStandardHelpOptions = true,
        description = "Record and list physiotherapy appointments.",
        subcommands = {AppointmentCommand.Add.class, AppointmentCommand.ListAll.class})
final class AppointmentCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record an appointment (past or to come).")
    static final class Add extends JournalCommand implements Callable<Integer> {
        @Option(names = "--date", required = true, paramLabel = "D", description = "Its day (yyyy-MM-dd).")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", description = "An optional note (at most 500 characters).")
        String note;

        @Override
        public Integer call() {
            try (JournalSession journal = openJournal()) {
                Appointment a = journal.appointments().add(new Appointment(null, date, note));
                out().println("Recorded the appointment on " + a.date() + (a.note().isEmpty() ? "" : " (" + a.note() + ")") + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the appointments, oldest first.")
    static final class ListAll extends JournalCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            try (JournalSession journal = openJournal()) {
                List<Appointment> all = journal.appointments().all();
                all.forEach(a -> out().println(a.date() + (a.note().isEmpty() ? "" : "\t" + a.note())));
                if (all.isEmpty()) {
                    out().println("No appointments recorded.");
                }
            }
            return 0;
        }
    }
}
