/**
 * The search box: recommendations (code, title, full text), milestones (name) and the user's open tasks (by their
 * recommendation or milestone) whose text holds every word typed, ignoring case and accents.
 */
package org.mixedmovements.tracker.search;
