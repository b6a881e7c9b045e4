/**
 * Oversight: the audit log read in words by the secretariat and administrators (every entry, filtered by who, what,
 * organisation, recommendation and period; the state of each decision at the time; a CSV export), each agency and
 * member organisation reading its own entries; and the operations view with which administrators keep the engine
 * and the mail outbox running instead of Camunda Cockpit (failed jobs and their retry, the timers of the next day, the
 * outbox, the engine's and the database's health).
 */
package org.mixedmovements.tracker.oversight;
