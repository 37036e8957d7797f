package dev.kip.ui.common;

import org.kordamp.ikonli.feather.Feather;

/** The main views, in navigation order (Ctrl+1 … Ctrl+6). */
public enum KipView {
    TODAY("Today", "/dev/kip/ui/today/Today.fxml", Feather.SUN),
    SLEEP("Sleep", "/dev/kip/ui/sleep/Sleep.fxml", Feather.MOON),
    BODY("Body", "/dev/kip/ui/body/Body.fxml", Feather.USER),
    TRAINING("Training", "/dev/kip/ui/training/Training.fxml", Feather.ACTIVITY),
    TRENDS("Trends", "/dev/kip/ui/trends/Trends.fxml", Feather.TRENDING_UP),
    REPORT("Report", "/dev/kip/ui/report/Report.fxml", Feather.FILE_TEXT);

    private final String title;
    private final String fxml;
    private final Feather icon;

    KipView(String title, String fxml, Feather icon) {
        this.title = title;
        this.fxml = fxml;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public String fxml() {
        return fxml;
    }

    public Feather icon() {
        return icon;
    }
}
