/**
 * Meetings of the working group, before, during and after: the secretariat schedules one (when, in which time zone,
 * where or on which call, the language of its minutes) with an agenda proposed from the plan's open work, invites the
 * members with an iCalendar invitation that updates and cancellations replace, records on the agenda who attended, what
 * was said or decided (a consensus decision closes its decision task) and the action points, and closes it: the
 * minutes are circulated and each action point becomes a task of its owner organisation. A meeting can also be recorded
 * after the fact with the decisions taken there by consensus. Members read them.
 */
package org.mixedmovements.tracker.meeting;
