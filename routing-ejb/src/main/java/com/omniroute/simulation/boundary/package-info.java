/**
 * The traffic simulator as supervisors start, stop and watch it: one run at a time, driving the
 * routing engine exactly as the API's callers do, and telling observers (the console's push) once a
 * second that its figures moved.
 */
package com.omniroute.simulation.boundary;
