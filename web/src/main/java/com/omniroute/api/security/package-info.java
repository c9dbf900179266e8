/**
 * How callers authenticate: HTTP Basic for the API, the console's form login for everything else,
 * both against the stored users (one mechanism, see {@code RoutingAuthenticationMechanism}).
 */
package com.omniroute.api.security;
