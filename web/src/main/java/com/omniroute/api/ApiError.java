package com.omniroute.api;

import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.Violation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The one error shape of the API: {@code {"error", "message", "violations"}}. */
public record ApiError(String error, String message, List<Violation> violations) {

  public static Response response(ErrorCode code, String message) {
    return response(code.status(), code.name(), message, List.of());
  }

  public static Response response(
      int status, String code, String message, List<Violation> violations) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(code, message, violations))
        .build();
  }
}
