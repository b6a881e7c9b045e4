/**
 * The audit log: who did what, when, why, and the state of the thing at that moment. Append-only: nothing in the
 * application updates or deletes an entry.
 */
package org.mixedmovements.tracker.audit;
