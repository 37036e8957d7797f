package dev.kip.ui.common;

import dev.kip.text.DateText;
import java.time.LocalDate;
import javafx.util.StringConverter;

/** A date picker's text in the one day style ("Sun 6 Dec 2026"); typed as shown, without the weekday, or as ISO. */
public final class DayConverter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : DateText.day(day);
    }

    @Override
    public LocalDate fromString(String text) {
        return text == null || text.isBlank() ? null : DateText.parseDay(text);
    }
}
