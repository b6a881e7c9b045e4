/**
 * The organisations that own, support and decide (UN agencies, platforms, donors, State institutions, NGOs and
 * networks), the countries of the region, and working-group membership with its voting and chair flags.
 */
package org.mixedmovements.tracker.organisation;
