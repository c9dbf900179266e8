/** The live operations pages: supervisor dashboard and traffic simulator. */
package com.omniroute.console.live;
