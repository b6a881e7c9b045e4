/**
 * Meetings of the working group: the secretariat records the date, the member organisations present and the minutes,
 * and the decisions taken there by consensus, which close the matching decision tasks; members read them.
 */
package org.mixedmovements.tracker.meeting;
