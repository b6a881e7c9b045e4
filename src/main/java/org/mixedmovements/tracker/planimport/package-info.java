/**
 * Loads plans from files: an Excel workbook or CSV files with a plan sheet, recommendations and, optionally, milestones
 * (a proposed implementation plan that goes to the lead and the working group through the usual process), in English
 * or Spanish, validated row by row, previewed, then written all or nothing. The study shipped with the product is
 * loaded through the same code on start-up, idempotently. The import view is in {@code ui}.
 */
package org.mixedmovements.tracker.planimport;
