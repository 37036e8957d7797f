package dev.kip.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Controls need the toolkit started, which the extension does. */
@ExtendWith(ApplicationExtension.class)
class FormRowsTest {

    @Test
    void eachPairIsARowWithItsLabelFirstWhicheverCameFirst() {
        TextField bed = new TextField();
        Label bedLabel = new Label("Into bed");
        Label screensLabel = new Label("Screens");
        TextField screens = new TextField();
        GridPane grid = new GridPane();
        grid.getChildren().addAll(bed, bedLabel, screensLabel, screens);

        FormRows.place(grid);

        assertThat(new int[] {GridPane.getRowIndex(bedLabel), GridPane.getColumnIndex(bedLabel)}).containsExactly(0, 0);
        assertThat(new int[] {GridPane.getRowIndex(bed), GridPane.getColumnIndex(bed)}).containsExactly(0, 1);
        assertThat(new int[] {GridPane.getRowIndex(screensLabel), GridPane.getColumnIndex(screensLabel)}).containsExactly(1, 0);
        assertThat(new int[] {GridPane.getRowIndex(screens), GridPane.getColumnIndex(screens)}).containsExactly(1, 1);
    }

    @Test
    void aRowWithoutALabelIsRefusedNamingTheGridAndRow() {
        GridPane grid = new GridPane();
        grid.setId("extras");
        grid.getChildren().addAll(new TextField(), new Label("Caffeine"), new TextField(), new TextField());

        assertThatThrownBy(() -> FormRows.place(grid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("form grid extras, row 2: expected a label beside the field");
    }

    @Test
    void anOddNumberOfChildrenIsRefused() {
        GridPane grid = new GridPane();
        grid.setId("core");
        grid.getChildren().addAll(new TextField(), new Label("Bed"), new TextField());

        assertThatThrownBy(() -> FormRows.place(grid)).hasMessage("form grid core: expected pairs of a label and a field, found 3 children");
    }
}
