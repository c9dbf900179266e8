/** Agents and their readiness state. */
package com.omniroute.agent.entity;
