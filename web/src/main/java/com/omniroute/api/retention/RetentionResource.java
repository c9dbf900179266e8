package com.omniroute.api.retention;

import com.omniroute.retention.boundary.RetentionRun;
import com.omniroute.retention.boundary.RetentionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code POST /retention/run}: a superadmin runs the nightly purge now (docs/running.md). */
@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  /** What the purge did. */
  public record RetentionRunJson(Integer days, Instant endedBefore, Long purged, Integer batches) {
    static RetentionRunJson of(RetentionRun run) {
      return new RetentionRunJson(run.days(), run.endedBefore(), run.purged(), run.batches());
    }
  }

  @Inject private RetentionService retention;

  @POST
  @Path("run")
  public RetentionRunJson run() {
    return RetentionRunJson.of(retention.runNow());
  }
}
