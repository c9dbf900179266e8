package com.omniroute.agent.boundary;

import com.omniroute.agent.entity.AgentState;
import java.io.Serializable;

/**
 * What a list of agents is narrowed to: a part of the name and of the login (either case), one
 * security group, one state. A null or blank part narrows nothing.
 */
public record AgentFilter(String name, String login, Long securityGroupId, AgentState state)
    implements Serializable {

  /** Every agent the caller sees. */
  public static final AgentFilter NONE = new AgentFilter(null, null, null, null);
}
