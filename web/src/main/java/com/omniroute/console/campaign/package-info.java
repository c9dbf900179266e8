/** The console's campaign screens: the list per channel and the create/edit form. */
package com.omniroute.console.campaign;
