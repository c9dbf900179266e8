/**
 * Plain logic of the platform layer: how the supported databases differ, and the paging and name
 * filters the console's lists share.
 */
package com.omniroute.platform.control;
