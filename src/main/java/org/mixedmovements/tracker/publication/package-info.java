/**
 * The public progress page (issue 21): what the secretariat publishes (a plan, and within it each recommendation;
 * whether the organisations' votes may be shown), the narrow query that reads only what is published
 * ({@code PublicQueries}), and the anonymous, cacheable page and open-data files under {@code /public} that show it.
 */
package org.mixedmovements.tracker.publication;
