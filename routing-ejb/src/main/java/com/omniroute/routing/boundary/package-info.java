/** The routing engine singleton: the live state of agents and queues, behind container locks. */
package com.omniroute.routing.boundary;
