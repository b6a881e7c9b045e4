package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.mixedmovements.tracker.base.InputPolicy;

/** Date pickers offer only the dates the input policy accepts ({@link InputPolicy#FIRST_DATE} to {@link InputPolicy#LAST_DATE}). */
public final class DateRange {

    private DateRange() {
    }

    /** The picker limited to the policy's range; returns it. */
    public static DatePicker limit(DatePicker picker) {
        picker.setMin(InputPolicy.FIRST_DATE);
        picker.setMax(InputPolicy.LAST_DATE);
        return picker;
    }

    /** The earliest date the picker may offer: {@code min}, or the policy's first date when there is none. */
    public static void from(DatePicker picker, LocalDate min) {
        picker.setMin(min == null || !InputPolicy.inRange(min) ? InputPolicy.FIRST_DATE : min);
    }

    /** The latest date the picker may offer: {@code max}, or the policy's last date when there is none. */
    public static void until(DatePicker picker, LocalDate max) {
        picker.setMax(max == null || !InputPolicy.inRange(max) ? InputPolicy.LAST_DATE : max);
    }
}
