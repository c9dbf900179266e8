/** {@code /reports}: the interval reports of docs/design.md section 13, in JSON or CSV. */
package com.omniroute.api.report;
