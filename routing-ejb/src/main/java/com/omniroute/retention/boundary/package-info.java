/**
 * Retention: the daily timer that purges ended interactions older than the configured number of
 * days, in batches of their own transactions, and the superadmin's way to run it now.
 */
package com.omniroute.retention.boundary;
