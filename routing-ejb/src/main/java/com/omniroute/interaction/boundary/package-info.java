/** Interactions handed in by connectors and worked by agents, through the routing engine. */
package com.omniroute.interaction.boundary;
