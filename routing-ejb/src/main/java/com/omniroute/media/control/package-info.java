/**
 * The capacity model as plain Java for people who edit it: what a set of capacity policies means
 * for one agent (how many of each type at once, what may still be offered with a given hand), on
 * the rules of the routing core. No container, no database: the console asks it about values that
 * are not saved yet.
 */
package com.omniroute.media.control;
