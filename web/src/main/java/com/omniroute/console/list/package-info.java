/** What the console's long lists share: rows fetched a page at a time from a service. */
package com.omniroute.console.list;
