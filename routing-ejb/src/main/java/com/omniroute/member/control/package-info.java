/**
 * Plain logic of campaign membership: an agent with its memberships as the members screen shows it,
 * and what a bulk add or remove changes.
 */
package com.omniroute.member.control;
