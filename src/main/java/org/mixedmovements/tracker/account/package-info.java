/**
 * People who sign in: each bound to one organisation, with one or more roles, a hashed password and a remembered
 * language. Also the demo accounts of the {@code demo} profile, and the guard that keeps them out of any other profile.
 */
package org.mixedmovements.tracker.account;
