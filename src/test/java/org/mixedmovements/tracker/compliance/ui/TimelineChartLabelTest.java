package org.mixedmovements.tracker.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.compliance.ui.TimelineChart.LabelPlace;
import org.mixedmovements.tracker.compliance.ui.TimelineChart.LabelPlace.Where;

/** Where a bar's due label goes: it is never dropped, and it always starts inside the drawing. */
class TimelineChartLabelTest {

    private static final double WIDTH = 1095; // a year at 3 pixels a day
    private static final double LABEL = 229; // "Feb 9, 2027 (baseline Dec 26, 2026)" and its margin

    @Test
    void a_bar_with_room_after_it_has_its_label_after_it() {
        LabelPlace place = TimelineChart.dueLabelPlace(WIDTH, 300, 420, LABEL);
        assertThat(place.where()).isEqualTo(Where.BESIDE);
        assertThat(place.anchor()).isEqualTo("start");
        assertThat(place.x()).isEqualTo(430);
    }

    @Test
    void a_bar_at_the_right_edge_has_its_label_before_it() {
        LabelPlace place = TimelineChart.dueLabelPlace(WIDTH, 700, WIDTH, LABEL);
        assertThat(place.where()).isEqualTo(Where.BESIDE);
        assertThat(place.anchor()).isEqualTo("end");
        assertThat(place.x()).isEqualTo(690);
    }

    @Test
    void a_bar_at_the_left_edge_has_its_label_after_it() {
        LabelPlace place = TimelineChart.dueLabelPlace(WIDTH, 0, 90, LABEL);
        assertThat(place.where()).isEqualTo(Where.BESIDE);
        assertThat(place.x()).isEqualTo(100);
    }

    @Test
    void a_bar_that_fills_the_window_has_its_label_inside_it() {
        LabelPlace place = TimelineChart.dueLabelPlace(WIDTH, 0, WIDTH, LABEL);
        assertThat(place.where()).isEqualTo(Where.INSIDE);
        assertThat(place.x()).isEqualTo(6);
        assertThat(place.x() + LABEL - 12).isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void a_bar_filling_most_of_the_window_with_no_room_on_either_side_has_its_label_inside_it() {
        // the failure of 6 December 2026: a moved milestone's bar left too little room on both sides
        LabelPlace place = TimelineChart.dueLabelPlace(WIDTH, 120, WIDTH - 60, LABEL);
        assertThat(place.where()).isEqualTo(Where.INSIDE);
        assertThat(place.x()).isEqualTo(126);
    }

    @Test
    void a_one_day_bar_in_a_window_too_narrow_for_its_label_still_has_it_written_from_the_left() {
        double width = 300; // a short plan's "all" window: 30 days at 10 pixels
        LabelPlace place = TimelineChart.dueLabelPlace(width, 150, 160, LABEL);
        assertThat(place.where()).isEqualTo(Where.OVER);
        assertThat(place.x()).isBetween(0.0, 160.0);
        assertThat(place.x() + LABEL - 12).isLessThanOrEqualTo(width);
    }

    @Test
    void a_label_longer_than_the_whole_drawing_starts_at_its_left_edge() {
        LabelPlace place = TimelineChart.dueLabelPlace(120, 50, 60, LABEL);
        assertThat(place.where()).isEqualTo(Where.OVER);
        assertThat(place.x()).isEqualTo(2);
    }
}
