/**
 * Assigning the work: the secretariat and the chair give milestones to another owner organisation (one or several at
 * once) and open tasks to a person of the group they are offered to, each with a reason that goes into the history.
 * The milestone list they do it from is here too.
 */
package org.mixedmovements.tracker.assignment;
