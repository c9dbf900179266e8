/** Users and security: first-start creation of the superadmin. */
package com.omniroute.security.boundary;
