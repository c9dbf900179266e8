/** The campaign statistics of docs/design.md section 6, as plain computations. */
package com.omniroute.stats.control;
