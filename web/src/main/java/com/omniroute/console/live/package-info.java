/**
 * The live operations pages: the supervisor dashboard ({@code live/dashboard.xhtml}) and the
 * traffic simulator ({@code live/simulator.xhtml}), and the server push that keeps them current.
 */
package com.omniroute.console.live;
