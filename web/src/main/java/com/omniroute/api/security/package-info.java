/** How API callers authenticate: HTTP Basic against the stored users. */
package com.omniroute.api.security;
