/**
 * The console's security group screens, for superadmins: the list with what uses each group, and
 * the create/rename/delete form.
 */
package com.omniroute.console.group;
