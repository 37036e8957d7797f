package dev.kip.cli;

import dev.kip.domain.ScreenTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --screens none|under-30|30-60|over-60}. */
final class ScreenTimeOption implements ITypeConverter<ScreenTime> {
    @Override
    public ScreenTime convert(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> ScreenTime.NONE;
            case "under-30", "<30" -> ScreenTime.UNDER_30;
            case "30-60" -> ScreenTime.FROM_30_TO_60;
            case "over-60", ">60" -> ScreenTime.OVER_60;
            default -> throw new TypeConversionException("expected none, under-30, 30-60 or over-60 but was '" + value + "'");
        };
    }
}
