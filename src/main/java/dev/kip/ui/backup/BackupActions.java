package dev.kip.ui.backup;

import dev.kip.domain.BackupInfo;
import dev.kip.service.BackupService;
import dev.kip.service.JournalExecutor;
import dev.kip.text.DateText;
import dev.kip.ui.common.Dialogs;
import dev.kip.ui.common.JournalSwitcher;
import dev.kip.ui.common.Notices;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;
import javafx.stage.Window;

/** File ▸ Back up now, File ▸ Restore…, and the automatic daily backup, all run on the journal executor. */
public final class BackupActions {
    private final BackupService backups;
    private final JournalExecutor executor;
    private final JournalSwitcher switcher;

    public BackupActions(BackupService backups, JournalExecutor executor, JournalSwitcher switcher) {
        this.backups = backups;
        this.executor = executor;
        this.switcher = switcher;
    }

    public void backUpNow(Window owner) {
        executor.submit(backups::backUpNow,
                path -> Notices.info(owner, "Journal backed up", "Saved and checked:\n" + path),
                problem -> Dialogs.error(owner, "The backup failed", problem));
    }

    /** Lists the backups (with what each holds), lets the person pick one and confirm, then asks the app to restore it. */
    public void chooseAndRestore(Window owner) {
        executor.submit(backups::list, infos -> {
            if (infos.isEmpty()) {
                Dialogs.error(owner, "No backups yet", "There are no backups of this journal in " + folder()
                        + ". Kip makes one each day the journal is opened; File ▸ Back up now makes one at once.");
                return;
            }
            new RestoreDialog(infos).choose(owner)
                    .filter(chosen -> confirmed(owner, chosen))
                    .ifPresent(chosen -> switcher.restore(chosen.file()));
        }, problem -> Dialogs.error(owner, "Cannot list the backups", problem));
    }

    private static boolean confirmed(Window owner, BackupInfo chosen) {
        return Dialogs.confirm(owner, "Restore the backup of " + DateText.day(chosen.date()) + "?",
                "The journal will be replaced by " + chosen.file().getFileName() + " (" + RestoreDialog.contents(chosen)
                        + "). The journal as it is now is backed up first, so this can be undone by restoring that backup.",
                "Restore");
    }

    /**
     * The automatic backup, queued once {@code ready} completes (the window's views built and their
     * first data shown) so it never delays start-up; a failure is reported but stops nothing.
     */
    public void dailyBackupAfter(CompletionStage<?> ready, Window window) {
        ready.whenComplete((done, failed) -> executor.submit(backups::dailyBackup, written -> { },
                problem -> Notices.warning(window, "Today's automatic backup failed", Dialogs.messageOf(problem))));
    }

    private Path folder() {
        return backups.folder();
    }
}
