package com.omniroute.api.security;

import com.omniroute.api.ApiError;
import com.omniroute.api.SharedJsonb;
import com.omniroute.platform.boundary.ErrorCode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The error page for 401 (see web.xml): the API's error shape, with the sentence the authentication
 * mechanism left in the request.
 */
@WebServlet("/api-errors/unauthorized")
public class UnauthorizedErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String MESSAGE = "com.omniroute.api.unauthorized";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object message = request.getAttribute(MESSAGE);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            SharedJsonb.JSONB.toJson(
                new ApiError(
                    ErrorCode.UNAUTHORIZED.name(),
                    message == null ? "Authentication is required" : message.toString(),
                    List.of())));
  }
}
