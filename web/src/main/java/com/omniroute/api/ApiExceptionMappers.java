package com.omniroute.api;

import com.omniroute.platform.boundary.DatabaseFailures;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into the API's error shape with the status that fits; never a stack trace.
 * Exceptions arrive wrapped by the EJB container or the JSON layer, so each mapper unwraps to the
 * cause that says what went wrong.
 */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  private ApiExceptionMappers() {}

  static Response toResponse(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ServiceException e) {
        Response response =
            ApiError.response(e.code().status(), e.code().name(), e.getMessage(), e.violations());
        if (e.retryAfterSeconds() > 0) {
          response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response;
      }
      if (t instanceof EJBAccessException) {
        return ApiError.response(ErrorCode.FORBIDDEN, "Your role does not allow this");
      }
      if (t instanceof ConstraintViolationException e) {
        List<Violation> violations =
            e.getConstraintViolations().stream()
                .map(v -> new Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ApiError.response(
            400,
            ErrorCode.VALIDATION.name(),
            violations.isEmpty() ? "Invalid input" : violations.get(0).message(),
            violations);
      }
      if (t instanceof OptimisticLockException) {
        return ApiError.response(
            ErrorCode.CONFLICT,
            "Someone else changed this at the same time; read it again and retry");
      }
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        return ApiError.response(
            ErrorCode.VALIDATION, "The request body is not valid JSON for this call");
      }
      if (t instanceof WebApplicationException e) {
        return fromStatus(e.getResponse().getStatus());
      }
    }
    if (DatabaseFailures.unreachable(thrown)) {
      LOG.log(Level.WARNING, "The database is unreachable: " + thrown);
      Response response =
          ApiError.response(
              ErrorCode.UNAVAILABLE,
              "The database is unreachable; nothing was changed. Try again.");
      response
          .getHeaders()
          .putSingle(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
      return response;
    }
    if (thrown instanceof PersistenceException) {
      LOG.log(Level.WARNING, "Refused by the database", thrown);
      return ApiError.response(ErrorCode.CONFLICT, "The change conflicts with stored data");
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
    return ApiError.response(
        500, "INTERNAL", "Something went wrong; nothing was changed", List.of());
  }

  private static Response fromStatus(int status) {
    return switch (status) {
      case 401 -> ApiError.response(ErrorCode.UNAUTHORIZED, "Authentication is required");
      case 403 -> ApiError.response(ErrorCode.FORBIDDEN, "Your role does not allow this");
      case 404 -> ApiError.response(ErrorCode.NOT_FOUND, "There is nothing at this address");
      case 405 ->
          ApiError.response(
              405, "METHOD_NOT_ALLOWED", "This address does not take that method", List.of());
      case 406, 415 ->
          ApiError.response(
              status, "UNSUPPORTED_MEDIA_TYPE", "Send and accept application/json", List.of());
      default ->
          ApiError.response(
              status,
              status < 500 ? ErrorCode.VALIDATION.name() : "INTERNAL",
              "The request could not be processed",
              List.of());
    };
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** Catches everything the more specific JAX-RS mappers below do not. */
  @Provider
  public static class Everything implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable thrown) {
      return ApiExceptionMappers.toResponse(thrown);
    }
  }

  /** JAX-RS picks the closest mapper: these win over the server's own for the same types. */
  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException thrown) {
      return ApiExceptionMappers.toResponse(thrown);
    }
  }

  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException thrown) {
      return ApiExceptionMappers.toResponse(thrown);
    }
  }

  @Provider
  public static class Ejb implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException thrown) {
      return ApiExceptionMappers.toResponse(thrown);
    }
  }

  @Provider
  public static class Service implements ExceptionMapper<ServiceException> {
    @Override
    public Response toResponse(ServiceException thrown) {
      return ApiExceptionMappers.toResponse(thrown);
    }
  }
}
