/** Password hashing and the first-start password rules. */
package com.omniroute.security.control;
