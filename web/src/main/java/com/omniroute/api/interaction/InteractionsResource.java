package com.omniroute.api.interaction;

import com.omniroute.api.Bodies;
import com.omniroute.interaction.boundary.InteractionInput;
import com.omniroute.interaction.boundary.InteractionService;
import com.omniroute.interaction.boundary.InteractionService.InteractionDetails;
import com.omniroute.interaction.entity.Interaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** {@code /interactions}: handed in by connectors, worked by the agent holding them. */
@Path("interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionsResource {

  /**
   * An interaction as the API shows it. {@code reason} says why it is still waiting (QUEUED), why
   * its agent was chosen (OFFERED, ACTIVE), or why it ended as it did.
   */
  public record InteractionJson(
      Long id,
      Long campaignId,
      String mediaType,
      String customer,
      String subject,
      Integer priority,
      String state,
      Long agentId,
      Boolean forced,
      Boolean onHold,
      Instant queuedAt,
      Instant offeredAt,
      Instant answeredAt,
      Instant endedAt,
      Instant overChatTimeLimitAt,
      String reason) {

    static InteractionJson of(InteractionDetails details) {
      Interaction i = details.interaction();
      return new InteractionJson(
          i.getId(),
          i.getCampaign().getId(),
          i.getMediaType(),
          i.getCustomer(),
          i.getSubject(),
          i.getPriority(),
          i.getState().name(),
          i.getAgent() == null ? null : i.getAgent().getId(),
          i.isForced(),
          i.isOnHold(),
          i.getQueuedAt(),
          i.getOfferedAt(),
          i.getAnsweredAt(),
          i.getEndedAt(),
          i.getOverChatTimeLimitAt(),
          details.explanation());
    }
  }

  /** The body of {@code POST /interactions}. */
  public record ArrivalJson(Long campaignId, String customer, String subject, Integer priority) {}

  @Inject private InteractionService interactions;

  @POST
  public Response arrive(ArrivalJson body, @Context UriInfo uri) {
    ArrivalJson arrival = Bodies.required(body);
    InteractionJson created =
        InteractionJson.of(
            interactions.arrive(
                new InteractionInput(
                    arrival.campaignId(),
                    arrival.customer(),
                    arrival.subject(),
                    arrival.priority())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public InteractionJson get(@PathParam("id") long id) {
    return InteractionJson.of(interactions.get(id));
  }

  @POST
  @Path("{id}/abandon")
  public InteractionJson abandon(@PathParam("id") long id) {
    return InteractionJson.of(interactions.abandon(id));
  }

  @POST
  @Path("{id}/accept")
  public InteractionJson accept(@PathParam("id") long id) {
    return InteractionJson.of(interactions.accept(id));
  }

  @POST
  @Path("{id}/reject")
  public InteractionJson reject(@PathParam("id") long id) {
    return InteractionJson.of(interactions.reject(id));
  }

  @POST
  @Path("{id}/finish")
  public InteractionJson finish(@PathParam("id") long id) {
    return InteractionJson.of(interactions.finish(id));
  }
}
