/** Start-up of the application itself: schema migrations. */
package com.omniroute.platform.boundary;
