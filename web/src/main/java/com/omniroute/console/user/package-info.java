/**
 * The console's user screens, for superadmins: the list with each user's lock-out and its unlock,
 * and the create/edit/delete form with roles, security groups and the linked agent.
 */
package com.omniroute.console.user;
