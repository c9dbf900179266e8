package com.omniroute.agent.boundary;

/** What an administrator sends to create or change an agent. */
public record AgentInput(String name, String login, Long securityGroupId) {}
