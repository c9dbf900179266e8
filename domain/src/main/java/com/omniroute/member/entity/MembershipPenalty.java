package com.omniroute.member.entity;

/**
 * The penalty of one existing membership, by campaign and agent id: read by the JPQL constructor
 * expression of {@link CampaignMember#PENALTIES_OF_AGENTS_IN}; the types are the attributes' own,
 * because EclipseLink looks the constructor up by them.
 */
public record MembershipPenalty(Long campaignId, Long agentId, int penalty) {}
