/**
 * Recommendations and their implementation plans: the study's words, the group's response, the lead organisation,
 * the milestones its plan sets out, and the compliance rules that say whether each milestone is on time.
 */
package org.mixedmovements.tracker.recommendation;
