/**
 * Notifications: who is told what, and what is left to do. Domain events (work offered: a vote or a period to object
 * opened, a consensus to record, a lead named, a plan sent back, a milestone given, a final review, a task assigned,
 * an action point given by a meeting; a reminder, an overdue mark, an escalation, a decision taken; a meeting
 * scheduled, moved, cancelled or closed, whose mails carry the calendar invitation) become rows of the in-app Inbox in the transaction of
 * the change, each with the link to where its work is done; the events that finish the work mark it done, so the
 * Inbox's "To do" is what is really open. The same rows feed a mail outbox that a scheduled sender delivers exactly once
 * per event and recipient, at once or in the recipient's daily digest at 08:00 in their own time zone, as each person
 * chooses per kind, in the recipient's language. The header counts the unread ones. See docs/architecture.md,
 * "Notifications".
 */
package org.mixedmovements.tracker.notification;
