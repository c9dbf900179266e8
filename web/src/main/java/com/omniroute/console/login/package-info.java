/** The console's login page. */
package com.omniroute.console.login;
