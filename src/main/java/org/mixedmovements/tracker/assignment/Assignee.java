package org.mixedmovements.tracker.assignment;

/** A person a task can be assigned to. */
public record Assignee(String username, String displayName, String organisationCode) {
}
