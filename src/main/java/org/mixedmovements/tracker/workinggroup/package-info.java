/**
 * The working group's decisions on responses, plans, milestones and deadline changes: who votes (one vote per voting
 * member organisation, never the organisation that owns what is decided), the rule of each plan and decision type
 * (majority with quorum, no objection within a period, consensus at a meeting), the chair's casting vote, and the
 * outcome with its reasons.
 */
package org.mixedmovements.tracker.workinggroup;
