package com.omniroute.security.boundary;

import java.util.List;

/**
 * What a superadmin sends to create or change a user. {@code roles} are the lower-case role names
 * of the API ({@code superadmin, admin, supervisor, agent, connector}); on a change, a null
 * password keeps the current one.
 */
public record UserInput(
    String username,
    String password,
    List<String> roles,
    List<Long> securityGroupIds,
    Long agentId) {}
