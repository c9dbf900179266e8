package com.omniroute.api.agent;

import com.omniroute.agent.boundary.AgentInput;
import com.omniroute.agent.boundary.AgentService;
import com.omniroute.agent.entity.Agent;
import com.omniroute.api.Bodies;
import com.omniroute.interaction.boundary.InteractionService;
import com.omniroute.routing.control.AgentWork;
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
import java.util.List;

/** {@code /agents}: administrators, within their security groups. */
@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentsResource {

  public record AgentJson(Long id, String name, String login, Long securityGroupId) {
    static AgentJson of(Agent agent) {
      return new AgentJson(
          agent.getId(), agent.getName(), agent.getLogin(), agent.getSecurityGroup().getId());
    }

    AgentInput input() {
      return new AgentInput(name, login, securityGroupId);
    }
  }

  /** {@code GET /agents/{id}/work}: the agent's state, load and interactions in hand. */
  public record WorkJson(String state, Integer used, Integer spare, List<HeldJson> interactions) {
    static WorkJson of(AgentWork work) {
      return new WorkJson(
          work.state().name(),
          work.used(),
          work.spare(),
          work.interactions().stream()
              .map(
                  i ->
                      new HeldJson(
                          i.id(),
                          i.mediaType(),
                          i.state().name(),
                          i.forced(),
                          i.onHold(),
                          i.overChatTimeLimit()))
              .toList());
    }
  }

  public record HeldJson(
      Long id,
      String mediaType,
      String state,
      Boolean forced,
      Boolean onHold,
      Boolean overChatTimeLimit) {}

  /** The body of {@code PUT /agents/{id}/state}. */
  public record StateJson(String state) {}

  @Inject private AgentService agents;

  @Inject private InteractionService interactions;

  @PUT
  @Path("{id}/state")
  public WorkJson changeState(@PathParam("id") long id, StateJson body) {
    return WorkJson.of(interactions.changeAgentState(id, Bodies.required(body).state()));
  }

  @GET
  @Path("{id}/work")
  public WorkJson work(@PathParam("id") long id) {
    return WorkJson.of(interactions.work(id));
  }

  @GET
  public List<AgentJson> list() {
    return agents.list().stream().map(AgentJson::of).toList();
  }

  @GET
  @Path("{id}")
  public AgentJson get(@PathParam("id") long id) {
    return AgentJson.of(agents.get(id));
  }

  @POST
  public Response create(AgentJson body, @Context UriInfo uri) {
    Agent agent = agents.create(Bodies.required(body).input());
    return Response.created(uri.getAbsolutePathBuilder().path(agent.getId().toString()).build())
        .entity(AgentJson.of(agent))
        .build();
  }

  @PUT
  @Path("{id}")
  public AgentJson update(@PathParam("id") long id, AgentJson body) {
    return AgentJson.of(agents.update(id, Bodies.required(body).input()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    agents.delete(id);
  }
}
