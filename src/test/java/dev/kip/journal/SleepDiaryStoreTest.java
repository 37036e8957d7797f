package dev.kip.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kip.domain.DiaryEntry;
import dev.kip.domain.DiaryUndo;
import dev.kip.domain.Factors;
import dev.kip.domain.Night;
import dev.kip.domain.RoomFeel;
import dev.kip.domain.ScreenTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SleepDiaryStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    Journal journal;
    SleepDiaryStore diary;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.db"));
        diary = new SleepDiaryStore(journal, new NightStore(journal), new FactorsStore(journal));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static Night night(LocalDate date, String outOfBed) {
        return new Night(date, LocalTime.of(23, 15), LocalTime.of(23, 30), 12, 2, 25, LocalTime.of(6, 50),
                LocalTime.parse(outOfBed), 4, 3, true, "late dinner, \"spicy\"", ZoneId.of("Europe/Berlin"));
    }

    static Factors everything(LocalDate date) {
        return new Factors(date, 3, LocalTime.of(15, 30), 2, ScreenTime.FROM_30_TO_60, true, RoomFeel.WARM, 21.5,
                LocalTime.of(13, 10), 25);
    }

    @Test
    void aNightAndAllItsFactorsComeBackAsStored() {
        DiaryEntry e = new DiaryEntry(night(DAY, "07:05"), everything(DAY));
        diary.add(e);
        assertThat(diary.find(DAY)).contains(e);
        journal.close();
        journal = Journal.open(dir.resolve("j.db"));
        diary = new SleepDiaryStore(journal, new NightStore(journal), new FactorsStore(journal));
        assertThat(diary.find(DAY)).contains(e);
        assertThat(diary.all().nights()).containsExactly(e.night());
        assertThat(diary.all().factors()).containsExactly(e.factors());
    }

    /** The Sleep view's first frame reads the newest nights, then the older ones: together they are the whole diary. */
    @Test
    void theNewestNightsAndThoseBeforeThemAreTheWholeDiaryInOrder() {
        for (int i = 0; i < 9; i++) {
            LocalDate d = DAY.minusDays(2L * i); // a gap between nights: newest counts nights, not days
            diary.add(new DiaryEntry(night(d, "07:05"), i % 3 == 0 ? null : everything(d)));
        }
        var newest = diary.newest(4);
        assertThat(newest.nights()).extracting(Night::date)
                .containsExactly(DAY.minusDays(6), DAY.minusDays(4), DAY.minusDays(2), DAY);
        assertThat(newest.factors()).extracting(Factors::date).containsExactly(DAY.minusDays(4), DAY.minusDays(2));
        var before = diary.before(DAY.minusDays(6));
        assertThat(before.nights()).hasSize(5).allMatch(n -> n.date().isBefore(DAY.minusDays(6)));
        assertThat(concat(before.nights(), newest.nights())).isEqualTo(diary.all().nights());
        assertThat(concat(before.factors(), newest.factors())).isEqualTo(diary.all().factors());
        assertThat(diary.newest(20).nights()).isEqualTo(diary.all().nights());
        assertThat(diary.before(DAY.minusDays(16)).nights()).isEmpty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aNightWithoutExtrasHasNoFactorsRow() {
        diary.add(new DiaryEntry(night(DAY, "07:05"), null));
        assertThat(diary.find(DAY).orElseThrow().factors()).isEqualTo(Factors.none(DAY));
        assertThat(diary.all().factors()).isEmpty();
    }

    @Test
    void aSecondNightForTheSameDateIsRefusedAndChangesNothing() {
        diary.add(new DiaryEntry(night(DAY, "07:05"), everything(DAY)));
        assertThatThrownBy(() -> diary.add(new DiaryEntry(night(DAY, "09:00"), null)))
                .isInstanceOf(JournalException.class).hasMessageContaining("already a night for 2026-11-21");
        assertThat(diary.find(DAY).orElseThrow().night().outOfBed()).isEqualTo(LocalTime.of(7, 5));
        assertThat(diary.find(DAY).orElseThrow().factors()).isEqualTo(everything(DAY));
    }

    @Test
    void undoOfAnAddRemovesTheNightAndItsFactors() {
        DiaryUndo before = diary.add(new DiaryEntry(night(DAY, "07:05"), everything(DAY)));
        diary.restore(before);
        assertThat(diary.find(DAY)).isEmpty();
        assertThat(diary.all().factors()).isEmpty();
    }

    @Test
    void anEditThatMovesTheDateIsUndoneWhole() {
        DiaryEntry original = new DiaryEntry(night(DAY, "07:05"), everything(DAY));
        diary.add(original);
        LocalDate next = DAY.plusDays(1);
        DiaryUndo before = diary.replace(DAY, new DiaryEntry(night(next, "08:00"), null));
        assertThat(diary.find(DAY)).isEmpty();
        assertThat(diary.find(next).orElseThrow().night().outOfBed()).isEqualTo(LocalTime.of(8, 0));

        diary.restore(before);
        assertThat(diary.find(DAY)).contains(original);
        assertThat(diary.find(next)).isEmpty();
    }

    @Test
    void movingANightOntoAnotherIsRefused() {
        diary.add(new DiaryEntry(night(DAY, "07:05"), null));
        diary.add(new DiaryEntry(night(DAY.minusDays(1), "07:05"), null));
        assertThatThrownBy(() -> diary.replace(DAY, new DiaryEntry(night(DAY.minusDays(1), "09:00"), null)))
                .hasMessageContaining("already a night for 2026-11-20");
        assertThat(diary.find(DAY)).isPresent();
    }

    @Test
    void deleteIsUndoneByRestore() {
        DiaryEntry e = new DiaryEntry(night(DAY, "07:05"), everything(DAY));
        diary.add(e);
        DiaryUndo before = diary.delete(DAY);
        assertThat(diary.find(DAY)).isEmpty();
        assertThat(diary.all().factors()).isEmpty();
        diary.restore(before);
        assertThat(diary.find(DAY)).contains(e);
    }
}
