/**
 * The demo profile's state of work: a working group some months into following up the shipped plan, replayed through
 * the application's own services and processes so that every view has something true to show on first start.
 */
package org.mixedmovements.tracker.demo;
