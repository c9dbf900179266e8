/** The console's protection at the HTTP level: security headers. */
package com.omniroute.console.security;
