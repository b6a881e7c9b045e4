/**
 * What every feature shares: the signed-in user and the roles, security configuration, the main layout and login, the
 * CSV reader, and the exceptions that carry a translatable message to the user.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mixedmovements.tracker.base;
