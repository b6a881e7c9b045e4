package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.base.ExportFile;

/**
 * A meeting's minutes as a PDF in the meeting's own language (not the reader's): when and where, who attended, each
 * agenda item with what was decided on it and its action points. A port implemented by the {@code report} module; for
 * working-group members and the secretariat, like the meetings themselves.
 */
public interface MeetingMinutesExport {

    ExportFile minutes(Long meetingId);
}
