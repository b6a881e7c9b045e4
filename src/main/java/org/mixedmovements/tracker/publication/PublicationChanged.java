package org.mixedmovements.tracker.publication;

/** The secretariat published or withdrew something of the plan: the public page's copies of it are stale. */
public record PublicationChanged(Long planId) {
}
