package com.omniroute.agent.entity;

/** Whether an agent can be offered work. Only a {@link #READY} agent receives new offers. */
public enum AgentState {
  LOGGED_OUT,
  NOT_READY,
  READY
}
