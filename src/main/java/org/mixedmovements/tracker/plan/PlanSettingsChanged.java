package org.mixedmovements.tracker.plan;

/** A plan's time zone or deadline settings changed; whatever was derived from them is recomputed. */
public record PlanSettingsChanged(Long planId) {
}
