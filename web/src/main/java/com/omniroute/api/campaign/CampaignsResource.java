package com.omniroute.api.campaign;

import com.omniroute.api.Bodies;
import com.omniroute.campaign.boundary.CampaignInput;
import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.member.boundary.MemberService;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.stats.boundary.CampaignStats;
import com.omniroute.stats.boundary.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** {@code /campaigns} and their members: administrators, within their security groups. */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  public record CampaignJson(
      Long id,
      String name,
      String mediaType,
      Long securityGroupId,
      Boolean enabled,
      Integer serviceLevelSeconds,
      Integer dropoutSeconds,
      Integer chatTimeLimitSeconds,
      Integer acdLimit,
      Integer maxInteractionsPerAgent,
      String schedule,
      String timeZone,
      Integer offerTimeoutSeconds,
      Integer wrapUpSeconds,
      Boolean open,
      Instant nextOpening,
      Instant nextClosing) {

    static CampaignJson of(Campaign c, CampaignService.Outlook outlook) {
      return new CampaignJson(
          c.getId(),
          c.getName(),
          c.getMediaType().getCode(),
          c.getSecurityGroup().getId(),
          c.isEnabled(),
          c.getServiceLevelSeconds(),
          c.getDropoutSeconds(),
          c.getChatTimeLimitSeconds(),
          c.getAcdLimit(),
          c.getMaxInteractionsPerAgent(),
          c.getSchedule(),
          c.getTimeZone(),
          c.getOfferTimeoutSeconds(),
          c.getWrapUpSeconds(),
          outlook.open(),
          outlook.nextOpening(),
          outlook.nextClosing());
    }

    CampaignInput input() {
      return new CampaignInput(
          name,
          mediaType,
          securityGroupId,
          enabled,
          serviceLevelSeconds,
          dropoutSeconds,
          chatTimeLimitSeconds,
          acdLimit,
          maxInteractionsPerAgent,
          schedule,
          timeZone,
          offerTimeoutSeconds,
          wrapUpSeconds);
    }
  }

  public record MemberJson(Long agentId, String name, Integer penalty) {
    static MemberJson of(CampaignMember member) {
      return new MemberJson(
          member.getAgent().getId(), member.getAgent().getName(), member.getPenalty());
    }
  }

  @Inject private CampaignService campaigns;

  @Inject private MemberService members;

  @Inject private StatisticsService statistics;

  private CampaignJson json(Campaign campaign) {
    return CampaignJson.of(campaign, campaigns.outlook(campaign));
  }

  @GET
  @Path("{id}/stats")
  public CampaignStats stats(@PathParam("id") long id) {
    return statistics.campaign(id);
  }

  @GET
  public List<CampaignJson> list() {
    return campaigns.list().stream().map(this::json).toList();
  }

  @GET
  @Path("{id}")
  public CampaignJson get(@PathParam("id") long id) {
    return json(campaigns.get(id));
  }

  @POST
  public Response create(CampaignJson body, @Context UriInfo uri) {
    Campaign campaign = campaigns.create(Bodies.required(body).input());
    return Response.created(uri.getAbsolutePathBuilder().path(campaign.getId().toString()).build())
        .entity(json(campaign))
        .build();
  }

  @PUT
  @Path("{id}")
  public CampaignJson update(@PathParam("id") long id, CampaignJson body) {
    return json(campaigns.update(id, Bodies.required(body).input()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    campaigns.delete(id);
  }

  @GET
  @Path("{id}/members")
  public List<MemberJson> members(@PathParam("id") long id) {
    return members.members(id).stream().map(MemberJson::of).toList();
  }

  @PUT
  @Path("{id}/members/{agentId}")
  public MemberJson putMember(
      @PathParam("id") long id, @PathParam("agentId") long agentId, MemberJson body) {
    return MemberJson.of(members.put(id, agentId, Bodies.required(body).penalty()));
  }

  @DELETE
  @Path("{id}/members/{agentId}")
  public void removeMember(@PathParam("id") long id, @PathParam("agentId") long agentId) {
    members.remove(id, agentId);
  }
}
