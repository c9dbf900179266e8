/**
 * What the demo start creates, as plain data: security groups, campaigns on every channel, agents
 * with their penalties, the demo logins and the simulator's rates. No database here.
 */
package com.omniroute.demo.control;
