package com.omniroute.api.security;

import com.omniroute.api.Bodies;
import com.omniroute.security.boundary.UserInput;
import com.omniroute.security.boundary.UserService;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
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

/** {@code /users}: superadmin only (enforced by the service). The password is write-only. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  public record UserJson(
      Long id,
      String username,
      String password,
      List<String> roles,
      List<Long> securityGroupIds,
      Long agentId) {

    static UserJson of(UserAccount user) {
      return new UserJson(
          user.getId(),
          user.getUsername(),
          null,
          user.getRoles().stream().map(Role::roleName).sorted().toList(),
          user.getSecurityGroups().stream().map(SecurityGroup::getId).sorted().toList(),
          user.getAgent() == null ? null : user.getAgent().getId());
    }

    UserInput input() {
      return new UserInput(username, password, roles, securityGroupIds, agentId);
    }
  }

  @Inject private UserService users;

  @GET
  public List<UserJson> list() {
    return users.list().stream().map(UserJson::of).toList();
  }

  @GET
  @Path("{id}")
  public UserJson get(@PathParam("id") long id) {
    return UserJson.of(users.get(id));
  }

  @POST
  public Response create(UserJson body, @Context UriInfo uri) {
    UserAccount user = users.create(Bodies.required(body).input());
    return Response.created(uri.getAbsolutePathBuilder().path(user.getId().toString()).build())
        .entity(UserJson.of(user))
        .build();
  }

  @PUT
  @Path("{id}")
  public UserJson update(@PathParam("id") long id, UserJson body) {
    return UserJson.of(users.update(id, Bodies.required(body).input()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    users.delete(id);
  }
}
