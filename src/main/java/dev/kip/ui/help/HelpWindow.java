package dev.kip.ui.help;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.kip.insight.Evidence;
import dev.kip.insight.Glossary;
import dev.kip.insight.Source;
import dev.kip.ui.common.JournalInfo;
import dev.kip.ui.common.Themes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help (F1 and the Help menu), a window beside the journal: the glossary of every term Kip shows,
 * the keys of each view, where the journal and its backups are, and the studies behind the advice.
 * Built the first time it is asked for, then kept; Esc closes it.
 */
public final class HelpWindow {
    /** The tabs, in order. */
    public enum Topic {
        GLOSSARY("Glossary"), KEYS("Keyboard"), FILES("Your files"), SOURCES("Sources");

        private final String title;

        Topic(String title) {
            this.title = title;
        }
    }

    private static final double WIDTH = 860;
    private static final double HEIGHT = 620;

    private final JournalInfo journal;
    private final Map<Topic, Tab> tabs = new EnumMap<>(Topic.class);
    private final Map<Glossary, VBox> entries = new EnumMap<>(Glossary.class);
    private Stage stage;
    private TabPane tabPane;
    private TextField search;
    private ScrollPane glossaryScroll;

    public HelpWindow(JournalInfo journal) {
        this.journal = journal;
    }

    /** Shows Help at {@code topic}, in front of {@code owner}. */
    public void show(Window owner, Topic topic) {
        build(owner);
        tabPane.getSelectionModel().select(tabs.get(topic));
        stage.show();
        stage.toFront();
        if (topic == Topic.GLOSSARY) {
            search.requestFocus();
        }
    }

    /** Shows the glossary with {@code term}'s entry in view and marked. */
    public void showTerm(Window owner, Glossary term) {
        show(owner, Topic.GLOSSARY);
        search.clear();
        entries.values().forEach(e -> e.pseudoClassStateChanged(Styles.STATE_ACCENT, false));
        VBox entry = entries.get(term);
        entry.pseudoClassStateChanged(Styles.STATE_ACCENT, true);
        glossaryScroll.applyCss();
        glossaryScroll.layout();
        Bounds content = glossaryScroll.getContent().getLayoutBounds();
        double room = content.getHeight() - glossaryScroll.getViewportBounds().getHeight();
        glossaryScroll.setVvalue(room <= 0 ? 0 : Math.min(1, entry.getBoundsInParent().getMinY() / room));
    }

    /** The window, once shown (for tests). */
    public Stage stage() {
        return stage;
    }

    private void build(Window owner) {
        if (stage != null) {
            return;
        }
        tabPane = new TabPane();
        tabPane.setId("help-tabs");
        tabPane.setAccessibleText("Help topics");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab(Topic.GLOSSARY, glossary());
        addTab(Topic.KEYS, scrolled(keys()));
        addTab(Topic.FILES, scrolled(files()));
        addTab(Topic.SOURCES, scrolled(sources()));
        Scene scene = new Scene(tabPane, WIDTH, HEIGHT);
        scene.getStylesheets().add(Themes.kipCss());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Kip Help");
        stage.setScene(scene);
        stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
    }

    private void addTab(Topic topic, Node content) {
        Tab tab = new Tab(topic.title, content);
        tab.setId("help-" + topic.name().toLowerCase(java.util.Locale.ROOT));
        tabs.put(topic, tab);
        tabPane.getTabs().add(tab);
    }

    private Node glossary() {
        search = new TextField();
        search.setId("glossary-search");
        search.setPromptText("Find a term, e.g. WASO or efficiency");
        search.setAccessibleText("Find a term in the glossary");
        VBox list = page();
        for (Glossary g : Glossary.values()) {
            VBox entry = entry(g);
            entries.put(g, entry);
            list.getChildren().add(entry);
        }
        search.textProperty().addListener((obs, was, now) -> entries.forEach((g, entry) -> {
            entry.setVisible(g.matches(now));
            entry.setManaged(g.matches(now));
        }));
        glossaryScroll = new ScrollPane(list);
        glossaryScroll.setFitToWidth(true);
        glossaryScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(glossaryScroll, Priority.ALWAYS);
        VBox.setMargin(search, new Insets(0, 20, 0, 20));
        VBox box = new VBox(10, search, glossaryScroll);
        box.getStyleClass().add("help-glossary");
        return box;
    }

    private static VBox entry(Glossary g) {
        Label term = new Label(g.term().equals(g.fullName()) ? g.term() : g.term() + " — " + g.fullName());
        term.getStyleClass().add(Styles.TITLE_4);
        term.setWrapText(true);
        VBox entry = new VBox(4, term, wrapped(g.meaning()));
        g.evidence().ifPresent(e -> entry.getChildren().add(muted("Source: " + e.sourceNames())));
        entry.getStyleClass().add("glossary-entry");
        entry.setId("glossary-" + g.name().toLowerCase(java.util.Locale.ROOT));
        entry.setAccessibleText(g.oneLine());
        return entry;
    }

    private static Node keys() {
        VBox page = page();
        page.getChildren().add(wrapped("Ctrl is Cmd on a Mac. Every button and field can be reached with Tab; the"
                + " focused one has a ring around it."));
        for (Shortcuts.Section section : Shortcuts.ALL) {
            Label title = new Label(section.title());
            title.getStyleClass().add(Styles.TITLE_4);
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(6);
            int row = 0;
            for (Shortcuts.Key key : section.keys()) {
                Label keys = wrapped(key.keys());
                keys.getStyleClass().add("text-bold");
                keys.setMinWidth(120);
                keys.setPrefWidth(260);
                Label does = wrapped(key.does());
                GridPane.setHgrow(does, Priority.ALWAYS);
                grid.addRow(row++, keys, does);
            }
            page.getChildren().addAll(title, grid);
        }
        return page;
    }

    private Node files() {
        VBox page = page();
        Label journalTitle = new Label(journal.sample() ? "This journal (the sample)" : "Your journal");
        journalTitle.getStyleClass().add(Styles.TITLE_4);
        page.getChildren().addAll(journalTitle, path("help-journal-path", journal.file()),
                wrapped("One file holds everything you log: nights, body marks, workouts and settings. It stays on this"
                        + " computer; Kip sends nothing anywhere. To use another file, start Kip with --journal FILE"
                        + " or set KIP_JOURNAL, or choose File ▸ Open journal…"));
        Label backupsTitle = new Label("Backups");
        backupsTitle.getStyleClass().add(Styles.TITLE_4);
        page.getChildren().addAll(backupsTitle, path("help-backups-path", journal.backups()),
                wrapped("Kip backs the journal up once a day when it opens (the sample excepted) and keeps the newest "
                        + journal.dailyBackupsKept() + " daily and " + journal.weeklyBackupsKept() + " weekly backups."
                        + " File ▸ Back up now takes one at any time, File ▸ Restore… brings one back, and File ▸ Export…"
                        + " writes CSV files that spreadsheets and other apps read."));
        return page;
    }

    private static Node sources() {
        VBox page = page();
        page.getChildren().add(wrapped("Kip's rules and advice rest on these findings; each says no more than its"
                + " studies found. Nothing Kip shows is a diagnosis, and an association is not a cause."));
        for (Evidence e : Evidence.values()) {
            page.getChildren().add(wrapped(e.why() + "."));
        }
        Label references = new Label("References");
        references.getStyleClass().add(Styles.TITLE_4);
        page.getChildren().add(references);
        Arrays.stream(Source.values()).sorted(Comparator.comparing(Source::citation))
                .forEach(s -> page.getChildren().add(wrapped(s.citation())));
        return page;
    }

    private static TextField path(String id, Path file) {
        TextField field = new TextField(file.toString());
        field.setId(id);
        field.setEditable(false);
        field.setAccessibleText(file.toString());
        return field;
    }

    private static VBox page() {
        VBox page = new VBox(10);
        page.getStyleClass().add("help-page");
        return page;
    }

    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
