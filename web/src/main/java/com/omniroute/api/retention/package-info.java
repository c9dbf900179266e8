/** REST resources for retention. */
package com.omniroute.api.retention;
