package com.omniroute.member.entity;

/**
 * An agent's membership of one campaign as a list shows it: the campaign by id and name, and the
 * penalty there. Read by the JPQL constructor expressions of {@link CampaignMember#OF_AGENTS_IN}
 * and {@link CampaignMember#OF_AGENTS_IN_MEDIA}; the types are the attributes' own, because
 * EclipseLink looks the constructor up by them.
 */
public record MembershipSummary(Long agentId, Long campaignId, String campaignName, int penalty) {}
