package com.omniroute.audit.control;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.media.entity.MediaType;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The state of a configuration object as the audit log keeps it: the fields an administrator sets,
 * under the names of the REST API, in a fixed order. A user's password hash is never part of it;
 * that a password was set is recorded by the caller as {@code passwordChanged}.
 */
public final class Snapshots {

  private Snapshots() {}

  public static Map<String, Object> securityGroup(SecurityGroup group) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", group.getId());
    s.put("name", group.getName());
    return s;
  }

  public static Map<String, Object> user(UserAccount user) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", user.getId());
    s.put("username", user.getUsername());
    s.put(
        "roles",
        user.getRoles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList());
    s.put(
        "securityGroupIds",
        user.getSecurityGroups().stream().map(SecurityGroup::getId).sorted().toList());
    s.put("agentId", user.getAgent() == null ? null : user.getAgent().getId());
    return s;
  }

  public static Map<String, Object> agent(Agent agent) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", agent.getId());
    s.put("name", agent.getName());
    s.put("login", agent.getLogin());
    s.put("securityGroupId", agent.getSecurityGroup().getId());
    s.put("securityGroup", agent.getSecurityGroup().getName());
    return s;
  }

  /** An agent's state, as a supervisor's action changes it. */
  public static Map<String, Object> agentState(String state) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("state", state);
    return s;
  }

  public static Map<String, Object> campaign(Campaign campaign) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", campaign.getId());
    s.put("name", campaign.getName());
    s.put("mediaType", campaign.getMediaType().getCode());
    s.put("securityGroupId", campaign.getSecurityGroup().getId());
    s.put("securityGroup", campaign.getSecurityGroup().getName());
    s.put("enabled", campaign.isEnabled());
    s.put("serviceLevelSeconds", campaign.getServiceLevelSeconds());
    s.put("dropoutSeconds", campaign.getDropoutSeconds());
    s.put("chatTimeLimitSeconds", campaign.getChatTimeLimitSeconds());
    s.put("acdLimit", campaign.getAcdLimit());
    s.put("maxInteractionsPerAgent", campaign.getMaxInteractionsPerAgent());
    s.put("schedule", campaign.getSchedule());
    s.put("timeZone", campaign.getTimeZone());
    s.put("offerTimeoutSeconds", campaign.getOfferTimeoutSeconds());
    s.put("wrapUpSeconds", campaign.getWrapUpSeconds());
    return s;
  }

  /** A membership: campaign and agent by id and name, and the penalty. */
  public static Map<String, Object> member(
      long campaignId, String campaign, long agentId, String agent, int penalty) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("campaignId", campaignId);
    s.put("campaign", campaign);
    s.put("agentId", agentId);
    s.put("agent", agent);
    s.put("penalty", penalty);
    return s;
  }

  /** The object id of a membership in the audit log. */
  public static String memberId(long campaignId, long agentId) {
    return campaignId + ":" + agentId;
  }

  /** The readable name of a membership in the audit log. */
  public static String memberName(String campaign, String agent) {
    return agent + " @ " + campaign;
  }

  public static Map<String, Object> mediaType(MediaType type) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", type.getCode());
    s.put("share", type.getShare());
    s.put("requiredSpare", type.getRequiredSpare());
    s.put("precedence", type.getPrecedence());
    s.put("overrides", List.copyOf(new java.util.TreeSet<>(type.getOverrides())));
    return s;
  }
}
