package com.omniroute.security.boundary;

import com.omniroute.security.entity.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated user on whose behalf a boundary runs: who they are, what they may do and which
 * security groups they see. A superadmin sees every group.
 */
public record Caller(
    long userId, String username, Set<Role> roles, Set<Long> securityGroupIds, Long agentId)
    implements Serializable {

  public boolean isSuperadmin() {
    return roles.contains(Role.SUPERADMIN);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role) || isSuperadmin();
  }

  /** Whether objects of the given security group are visible to this caller. */
  public boolean sees(long securityGroupId) {
    return isSuperadmin() || securityGroupIds.contains(securityGroupId);
  }
}
