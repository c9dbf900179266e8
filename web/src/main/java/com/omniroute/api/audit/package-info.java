/** REST resources for the audit log. */
package com.omniroute.api.audit;
