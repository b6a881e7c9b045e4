/**
 * What the recommendation page shows of its progress reports
 * ({@link org.mixedmovements.tracker.progressreport.ui.ProgressReportList}); a report is written through its task.
 */
@NamedInterface("ui")
package org.mixedmovements.tracker.progressreport.ui;

import org.springframework.modulith.NamedInterface;
