/**
 * The agent desktop ({@code agent/desk.xhtml}): the signed-in agent's state, capacity, offers and
 * interactions in hand, re-rendered when the server pushes that the agent's work changed.
 */
package com.omniroute.console.desk;
