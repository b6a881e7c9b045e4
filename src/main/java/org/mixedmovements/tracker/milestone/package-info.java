/**
 * Implementation plans and their milestones: the lead drafts and submits a plan (or a draft is imported), the group's
 * approval puts its milestones in force, owners report progress and evidence (files and links), deadlines fall due
 * (reminder, overdue, escalations) and move only through an approved change (re-baselining), the secretariat and the
 * chair give a milestone to another owner, and the compliance rules say whether each is on time. The
 * {@link org.mixedmovements.tracker.milestone.Milestone} checks and changes its own state and registers a
 * {@link org.mixedmovements.tracker.milestone.MilestoneEvent} for each change. A recommendation is known here only
 * through the {@link org.mixedmovements.tracker.milestone.RecommendationDirectory} port, so the dependency runs from
 * recommendations to their milestones. Every screen that acts on a milestone goes through its task (the {@code task}
 * feature), which sits above this one; {@code milestone.ui} holds only what several screens show alike (its evidence).
 */
package org.mixedmovements.tracker.milestone;
