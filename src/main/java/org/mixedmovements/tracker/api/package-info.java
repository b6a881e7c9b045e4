/**
 * The REST API for agencies' own systems ({@code /api/v1}, OpenAPI at {@code /v3/api-docs}) and the calendar feeds of
 * milestone deadlines ({@code /calendar/{token}.ics}), with the personal tokens both use: created and revoked by
 * their user ("My API tokens"), stored as hashes, acting as their user with the user's organisation and roles.
 * Controllers call the features' application services only (the same ones the views call), so the API refuses and
 * allows exactly what the UI does. The calendar lives here rather than in a module of its own because it shares the
 * tokens, the stateless security chain and the refusal format with the API; its feed is one controller and one
 * builder over the compliance read model.
 */
package org.mixedmovements.tracker.api;
