/**
 * The only package that speaks to Camunda: process constants, thin delegates and listeners that call one feature
 * service each, and {@link org.mixedmovements.tracker.workflow.WorkItems}, through which the rest of the application
 * sees user tasks as work items without a Camunda type.
 */
package org.mixedmovements.tracker.workflow;
