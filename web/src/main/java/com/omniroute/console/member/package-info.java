/**
 * The console's members screen: campaigns, their members and the agents who could join, with add,
 * remove, search and penalties.
 */
package com.omniroute.console.member;
