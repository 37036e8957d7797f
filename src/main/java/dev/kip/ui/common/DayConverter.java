package dev.kip.ui.common;

import dev.kip.text.DateText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker's text in the one day style ("Sun 6 Dec 2026"); typed as shown, without the weekday, or as ISO.
 * Text that does not read as a day leaves the picker's day as it was: the picker commits its text when focus
 * leaves it, and a converter that threw there would throw out of the focus change. Forms that name a badly typed
 * date read the text themselves with {@link #typed}.
 */
public final class DayConverter extends StringConverter<LocalDate> {
    private final DatePicker picker;

    private DayConverter(DatePicker picker) {
        this.picker = picker;
    }

    /** Gives the picker the day style. */
    public static void install(DatePicker picker) {
        picker.setConverter(new DayConverter(picker));
    }

    /** The day typed in the picker's field: null when blank; throws while it does not read as a day. */
    public static LocalDate typed(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text == null || text.isBlank() ? null : DateText.parseDay(text);
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : DateText.day(day);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateText.parseDay(text);
        } catch (DateTimeParseException e) {
            return picker.getValue();
        }
    }
}
