package com.omniroute.agent.entity;

/**
 * What a list of agents shows of one: read by the JPQL constructor expressions of {@link
 * Agent#NAMED} and its kin. The id is a {@code Long} because EclipseLink looks the constructor up
 * by the exact types of the selected attributes.
 */
public record AgentSummary(Long id, String name, String login) {}
