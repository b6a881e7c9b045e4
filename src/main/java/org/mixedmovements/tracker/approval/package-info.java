/**
 * Approvals: every open decision of the working group on one screen, with what is proposed, the rule and its numbers,
 * and the votes so far; members approve, or reject with a reason, through the same paths as their tasks.
 */
package org.mixedmovements.tracker.approval;
