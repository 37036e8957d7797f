package dev.kip.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void aListenerHearsWhatItIsInterestedInAndEveryImport() {
        Changes changes = Changes.direct();
        List<Change> heard = new ArrayList<>();
        changes.subscribe(Set.of(Change.NIGHTS, Change.SETTINGS), heard::add);
        changes.publish(Change.BODY);
        changes.publish(Change.NIGHTS);
        changes.publish(Change.IMPORT);
        changes.publish(Change.WORKOUTS);
        assertThat(heard).containsExactly(Change.NIGHTS, Change.IMPORT);
    }

    @Test
    void aListenerOfImportsOnlyHearsImports() {
        Changes changes = Changes.direct();
        List<Change> heard = new ArrayList<>();
        changes.subscribe(Set.of(Change.IMPORT), heard::add);
        for (Change c : Change.values()) {
            changes.publish(c);
        }
        assertThat(heard).containsExactly(Change.IMPORT);
    }

    @Test
    void deliveryGoesThroughTheGivenExecutor() {
        List<Runnable> queued = new ArrayList<>();
        Changes changes = new Changes(queued::add);
        List<Change> heard = new ArrayList<>();
        changes.subscribe(Set.of(Change.BODY), heard::add);
        changes.publish(Change.BODY);
        assertThat(heard).as("not before the callback executor runs it").isEmpty();
        queued.forEach(Runnable::run);
        assertThat(heard).containsExactly(Change.BODY);
    }

    @Test
    void aListenerOfDaysHearsTheDaysASaveTouched_andNoneWhenAnyDayMayHaveChanged() {
        Changes changes = Changes.direct();
        List<String> heard = new ArrayList<>();
        List<Change> plain = new ArrayList<>();
        changes.subscribeWithDays(Set.of(Change.NIGHTS), (change, days) -> heard.add(change + " " + days));
        changes.subscribe(Set.of(Change.NIGHTS), plain::add);
        changes.publish(Change.NIGHTS, Set.of(LocalDate.of(2026, 6, 10)));
        changes.publish(Change.NIGHTS);
        changes.publish(Change.IMPORT);
        assertThat(heard).containsExactly("NIGHTS Optional[[2026-06-10]]", "NIGHTS Optional.empty", "IMPORT Optional.empty");
        assertThat(plain).containsExactly(Change.NIGHTS, Change.NIGHTS, Change.IMPORT);
    }
}
