package org.mixedmovements.tracker.assignment;

import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;

/**
 * The milestone list as a file, filtered as on screen (the same {@link MilestoneFilter}), with the person each
 * milestone's open work is assigned to, in the user's language. A port implemented by the {@code report} module; for
 * those who may open the list (working-group members and the secretariat).
 */
public interface MilestoneExports {

    ExportFile workbook(MilestoneFilter filter, Locale locale);

    ExportFile csv(MilestoneFilter filter, Locale locale);
}
