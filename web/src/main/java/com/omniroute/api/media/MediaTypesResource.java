package com.omniroute.api.media;

import com.omniroute.api.Bodies;
import com.omniroute.media.boundary.CapacityPolicyInput;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;

/** {@code /media-types}: the capacity model, superadmin only (enforced by the service). */
@Path("media-types")
@RequestScoped
@Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
@Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
public class MediaTypesResource {

  public record MediaTypeJson(
      String type,
      Integer share,
      Integer requiredSpare,
      Integer precedence,
      List<String> overrides) {
    static MediaTypeJson of(MediaType m) {
      return new MediaTypeJson(
          m.getCode(),
          m.getShare(),
          m.getRequiredSpare(),
          m.getPrecedence(),
          m.getOverrides().stream().sorted().toList());
    }
  }

  @Inject private MediaTypeService mediaTypes;

  @GET
  public List<MediaTypeJson> list() {
    return mediaTypes.capacityModel().stream().map(MediaTypeJson::of).toList();
  }

  @PUT
  @Path("{type}")
  public MediaTypeJson update(@PathParam("type") String type, MediaTypeJson body) {
    MediaTypeJson policy = Bodies.required(body);
    return MediaTypeJson.of(
        mediaTypes.update(
            type,
            new CapacityPolicyInput(
                policy.share(), policy.requiredSpare(), policy.precedence(), policy.overrides())));
  }
}
