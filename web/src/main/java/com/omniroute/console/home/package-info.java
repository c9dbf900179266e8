/** The console's start page. */
package com.omniroute.console.home;
