/** The console's agent screens: the paged, filtered list and the create/edit/delete form. */
package com.omniroute.console.agent;
