/**
 * A plan is one study, evaluation or review whose recommendations the working group follows up: its source, date,
 * languages, time zone and the deadline settings that apply to its milestones.
 */
package org.mixedmovements.tracker.plan;
