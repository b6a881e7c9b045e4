/**
 * Compliance at a glance: milestone counts by compliance status and progress per recommendation, for the dashboard.
 */
package org.mixedmovements.tracker.compliance;
