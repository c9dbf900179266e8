/**
 * The live operations pages: the supervisor dashboard ({@code live/dashboard.xhtml}) and the server
 * push that keeps it current.
 */
package com.omniroute.console.live;
