/** Real-time campaign statistics. */
package com.omniroute.stats.boundary;
