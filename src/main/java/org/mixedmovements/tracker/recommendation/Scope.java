package org.mixedmovements.tracker.recommendation;

/** Where a recommendation is carried out; national work runs per listed country. */
public enum Scope {
    REGIONAL, NATIONAL, REGIONAL_AND_NATIONAL
}
