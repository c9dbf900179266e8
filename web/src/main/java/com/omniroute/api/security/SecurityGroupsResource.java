package com.omniroute.api.security;

import com.omniroute.api.Bodies;
import com.omniroute.security.boundary.SecurityGroupService;
import com.omniroute.security.entity.SecurityGroup;
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

/** {@code /security-groups}: superadmin only (enforced by the service). */
@Path("security-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityGroupsResource {

  public record SecurityGroupJson(Long id, String name) {
    static SecurityGroupJson of(SecurityGroup group) {
      return new SecurityGroupJson(group.getId(), group.getName());
    }
  }

  @Inject private SecurityGroupService groups;

  @GET
  public List<SecurityGroupJson> list() {
    return groups.list().stream().map(SecurityGroupJson::of).toList();
  }

  @GET
  @Path("{id}")
  public SecurityGroupJson get(@PathParam("id") long id) {
    return SecurityGroupJson.of(groups.get(id));
  }

  @POST
  public Response create(SecurityGroupJson body, @Context UriInfo uri) {
    SecurityGroup group = groups.create(Bodies.required(body).name());
    return Response.created(uri.getAbsolutePathBuilder().path(group.getId().toString()).build())
        .entity(SecurityGroupJson.of(group))
        .build();
  }

  @PUT
  @Path("{id}")
  public SecurityGroupJson update(@PathParam("id") long id, SecurityGroupJson body) {
    return SecurityGroupJson.of(groups.rename(id, Bodies.required(body).name()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    groups.delete(id);
  }
}
