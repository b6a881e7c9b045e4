/**
 * Notifications: who is told what. Domain events (work offered: a vote or a period to object opened, a consensus
 * to record, a lead named, a plan sent back; a task assigned, a milestone given to another organisation, a
 * reminder, an overdue mark, an escalation, a decision taken) become rows of the in-app inbox in the transaction of
 * the change; the same rows feed an email outbox that a scheduled sender delivers exactly once per event and recipient
 * (or in the recipient's daily digest), in the recipient's language. See docs/architecture.md, "Notifications".
 */
package org.mixedmovements.tracker.notification;
