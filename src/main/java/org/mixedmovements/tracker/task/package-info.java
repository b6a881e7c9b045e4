/**
 * "My tasks": the work offered to the signed-in user and their organisation (draft a plan, decide on a plan, work on
 * a milestone) and the actions that complete it. Checks who may act before anything reaches the engine.
 */
package org.mixedmovements.tracker.task;
