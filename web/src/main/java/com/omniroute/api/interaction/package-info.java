/** REST resources for interactions. */
package com.omniroute.api.interaction;
