package dev.kip.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Controls need the toolkit started, which the extension does. */
@ExtendWith(ApplicationExtension.class)
class DayConverterTest {

    private static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

    @Test
    void showsTheDayStyleAndReadsItBackWithOrWithoutTheWeekdayOrAsIso() {
        DatePicker picker = picker(null);

        assertThat(picker.getConverter().toString(NOV_16)).isEqualTo("Mon 16 Nov 2026");
        for (String typed : new String[] {"Mon 16 Nov 2026", "16 Nov 2026", "16 nov 2026", "2026-11-16"}) {
            assertThat(picker.getConverter().fromString(typed)).as(typed).isEqualTo(NOV_16);
        }
        assertThat(picker.getConverter().fromString("  ")).isNull();
    }

    @Test
    void unreadableTextCommittedAsFocusLeavesKeepsTheDayInsteadOfThrowing() {
        DatePicker picker = picker(NOV_16);
        picker.getEditor().setText("16 Novv");

        picker.commitValue(); // what the picker does when focus leaves it

        assertThat(picker.getValue()).isEqualTo(NOV_16);
    }

    @Test
    void typedNamesHalfTypedTextAsUnreadableSoAFormCanSaySo() {
        DatePicker picker = picker(NOV_16);

        picker.getEditor().setText("16 Novv");
        assertThatThrownBy(() -> DayConverter.typed(picker)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("expected a date such as");
        picker.getEditor().setText("");
        assertThat(DayConverter.typed(picker)).isNull();
        picker.getEditor().setText("2026-11-20");
        assertThat(DayConverter.typed(picker)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    private static DatePicker picker(LocalDate day) {
        DatePicker picker = new DatePicker(day);
        picker.setEditable(true);
        DayConverter.install(picker);
        return picker;
    }
}
