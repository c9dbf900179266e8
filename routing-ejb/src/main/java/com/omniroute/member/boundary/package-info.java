/**
 * Campaign members and their penalties: one at a time for the REST API, in bulk and page by page
 * for the console's members screen, always within the caller's security groups.
 */
package com.omniroute.member.boundary;
