package org.mixedmovements.tracker.meeting;

import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;

/**
 * The meeting pack of a plan (or of every plan when the id is null), as a PDF in the user's language: the open
 * decisions with their votes, the overdue milestones, the new due dates asked for, and the decisions taken since the
 * last recorded meeting. A port implemented by the {@code report} module; for working-group members and the
 * secretariat, like the meetings themselves.
 */
public interface MeetingPackExport {

    ExportFile meetingPack(Long planId, Locale locale);
}
