package org.mixedmovements.tracker.compliance;

/** What a roll-up groups by; each maps to one column of the read model. */
public enum Dimension {
    PLAN("planId"), RECOMMENDATION("recommendationId"), COUNTRY("countryIso2"), ORGANISATION("ownerOrganisationId"),
    THEME("theme"), LEVEL("coordinationLevel");

    final String field;

    Dimension(String field) {
        this.field = field;
    }
}
