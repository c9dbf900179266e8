/** The Reports page: interval reports of campaigns and agents, charted, tabled and as CSV. */
package com.omniroute.console.report;
