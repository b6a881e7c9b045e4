/**
 * Loads plans from files: a plan sheet and a recommendations sheet in CSV, validated row by row, all or nothing. The
 * study shipped with the product is loaded through the same code on start-up, idempotently.
 */
package org.mixedmovements.tracker.planimport;
