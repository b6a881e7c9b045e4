package org.mixedmovements.tracker.base.security;

/** What a user may do; a user holds one or more. Spring Security sees them as ROLE_ authorities. */
public enum Role {
    /** Representative of a member organisation: decides on recommendations, plans, milestones and deadline changes. */
    WG_MEMBER,
    /** Serves the working group: puts recommendations on the agenda, names leads, watches the timeline. */
    SECRETARIAT,
    /** Focal point of an owner organisation: drafts its plans and updates its own tasks. */
    AGENCY,
    /** IT: users, organisations, countries, engine operations. */
    ADMIN;

    public static final String WG_MEMBER_NAME = "WG_MEMBER";
    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String AGENCY_NAME = "AGENCY";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
