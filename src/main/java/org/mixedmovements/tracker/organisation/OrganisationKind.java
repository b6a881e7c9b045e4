package org.mixedmovements.tracker.organisation;

public enum OrganisationKind {
    UN_AGENCY, PLATFORM, DONOR, STATE_INSTITUTION, NGO_NETWORK
}
