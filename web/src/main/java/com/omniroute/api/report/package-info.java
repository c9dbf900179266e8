/** {@code /reports}: the interval reports of design section 13, in JSON or CSV. */
package com.omniroute.api.report;
