/** The audit log page: {@code admin/audit.xhtml} and what it shows of each entry's change. */
package com.omniroute.console.audit;
