/** What every console page shares through the layout: the menu, the user, the language. */
package com.omniroute.console.layout;
