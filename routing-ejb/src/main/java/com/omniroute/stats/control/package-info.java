/** The campaign statistics of design section 6, as plain computations. */
package com.omniroute.stats.control;
