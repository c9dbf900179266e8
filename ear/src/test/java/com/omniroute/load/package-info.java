/**
 * Measurements run by hand against a running server, never by {@code ./mvnw verify}: the console at
 * contact-centre size ({@code docs/performance.md}).
 */
package com.omniroute.load;
