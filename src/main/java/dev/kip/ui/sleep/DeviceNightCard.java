package dev.kip.ui.sleep;

import dev.kip.domain.DeviceNight;
import dev.kip.domain.NightTrust;
import dev.kip.domain.SleepSourcePrefs;
import dev.kip.insight.DurationFormat;
import dev.kip.insight.SleepComparison;
import dev.kip.insight.SleepFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The diary's figures of the night being edited beside a device's record of it (time in bed,
 * asleep, awake in the night, time to fall asleep), a flag when they are more than an hour apart
 * asleep, and the person's say: trust the diary or the device for this night; and which device
 * stands for a night, and whether a device beats the diary, for every night.
 */
public final class DeviceNightCard extends VBox {
    static final String AUTOMATIC = "the longest recording";

    private final Label title = new Label();
    private final GridPane figures = new GridPane();
    private final Label flag = new Label();
    private final ToggleGroup trustGroup = new ToggleGroup();
    private final ToggleButton trustDiary = new ToggleButton("Trust the diary");
    private final ToggleButton trustDevice = new ToggleButton();
    private final HBox trustRow = new HBox(8, trustDiary, trustDevice);
    private final ComboBox<String> firstSource = new ComboBox<>();
    private final CheckBox preferDevice = new CheckBox("Use the device even where the diary has the night");
    private Consumer<NightTrust> onTrust = t -> { };
    private Consumer<SleepSourcePrefs> onPrefs = p -> { };
    private boolean updating;

    public DeviceNightCard() {
        getStyleClass().addAll("card", "device-night");
        setId("device-night");
        setSpacing(8);
        title.getStyleClass().add("title-4");
        figures.setHgap(16);
        figures.setVgap(4);
        flag.getStyleClass().add("flag-watch");
        flag.setWrapText(true);
        flag.setId("device-disagrees");
        trustDiary.setId("trust-diary");
        trustDevice.setId("trust-device");
        trustDiary.setToggleGroup(trustGroup);
        trustDevice.setToggleGroup(trustGroup);
        trustGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (!updating) {
                onTrust.accept(now == trustDiary ? NightTrust.DIARY : now == trustDevice ? NightTrust.DEVICE : null);
            }
        });
        firstSource.setId("device-first");
        preferDevice.setId("prefer-device");
        firstSource.valueProperty().addListener((obs, was, now) -> prefsChanged());
        preferDevice.selectedProperty().addListener((obs, was, now) -> prefsChanged());
        setVisible(false);
        setManaged(false);
    }

    /*
     * The card's nodes join it the first time it shows: most journals have no device nights, and a hidden
     * card's nodes are styled all the same (its combo box and buttons were a tenth of the Sleep view's first
     * CSS pass).
     */
    private void build() {
        if (getChildren().isEmpty()) {
            Label from = new Label("Device nights from");
            from.setLabelFor(firstSource);
            getChildren().addAll(title, figures, flag, trustRow, new HBox(8, from, firstSource), preferDevice);
        }
    }

    public void setOnTrust(Consumer<NightTrust> onTrust) {
        this.onTrust = onTrust;
    }

    public void setOnPrefs(Consumer<SleepSourcePrefs> onPrefs) {
        this.onPrefs = onPrefs;
    }

    /** Hides the card (a night not yet stored has nothing to compare). */
    public void clear() {
        setVisible(false);
        setManaged(false);
    }

    /** Hidden while no device has recorded any night. */
    public void show(Optional<SleepComparison> night, Optional<NightTrust> trust, List<String> sources, SleepSourcePrefs prefs) {
        updating = true;
        try {
            boolean any = !sources.isEmpty();
            if (any) {
                build();
            }
            setVisible(any);
            setManaged(any);
            List<String> choices = new ArrayList<>(List.of(AUTOMATIC));
            choices.addAll(sources);
            firstSource.getItems().setAll(choices);
            firstSource.setValue(prefs.devicePriority().isEmpty() ? AUTOMATIC : prefs.devicePriority().get(0));
            preferDevice.setSelected(prefs.preferDevice());
            figures.getChildren().clear();
            night.ifPresentOrElse(this::showNight, () -> {
                title.setText("No device recorded this night");
                flag.setVisible(false);
                flag.setManaged(false);
                trustRow.setVisible(false);
                trustRow.setManaged(false);
            });
            trustGroup.selectToggle(trust.map(t -> t == NightTrust.DIARY ? trustDiary : trustDevice).orElse(null));
        } finally {
            updating = false;
        }
    }

    private void showNight(SleepComparison c) {
        DeviceNight d = c.device();
        SleepFigures f = c.diaryFigures();
        title.setText("Diary and " + d.source());
        figures.addRow(0, new Label(), muted("Diary"), muted(d.source()));
        figures.addRow(1, muted("In bed"), new Label(DurationFormat.text(f.tibMin())), new Label(DurationFormat.text(d.inBedMin())));
        // A phone without a watch records time in bed only: asleep is unknown there, never 0.
        figures.addRow(2, muted("Asleep"), new Label(DurationFormat.text(f.tstMin())), d.asleepMin() == null
                ? muted("unknown (time in bed only)") : new Label(DurationFormat.text(d.asleepMin())));
        figures.addRow(3, muted("Awake in the night"), new Label(DurationFormat.text(f.wasoMin())),
                new Label(DurationFormat.text(d.awakeMin())));
        figures.addRow(4, muted("To fall asleep"), new Label(DurationFormat.text(f.solMin())), muted("not measured"));
        boolean apart = c.disagrees();
        c.asleepDifferenceMin().ifPresent(difference -> flag.setText(String.format(Locale.ENGLISH,
                "⚑ The diary says %s asleep, %s %s: %s apart. Which is right?", DurationFormat.text(f.tstMin()), d.source(),
                DurationFormat.text(d.asleepMin()), DurationFormat.text(Math.abs(difference)))));
        flag.setVisible(apart);
        flag.setManaged(apart);
        trustDevice.setText("Trust " + d.source());
        trustRow.setVisible(true);
        trustRow.setManaged(true);
    }

    private void prefsChanged() {
        if (updating) {
            return;
        }
        String first = firstSource.getValue();
        onPrefs.accept(new SleepSourcePrefs(first == null || first.equals(AUTOMATIC) ? List.of() : List.of(first),
                preferDevice.isSelected()));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
