package com.omniroute.api.agent;

import com.omniroute.agent.boundary.AgentInput;
import com.omniroute.agent.boundary.AgentService;
import com.omniroute.agent.entity.Agent;
import com.omniroute.api.Bodies;
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

  @Inject private AgentService agents;

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
