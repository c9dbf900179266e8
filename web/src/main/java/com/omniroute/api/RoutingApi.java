package com.omniroute.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of docs/design.md section 9, version 1, at {@code /routing/api/v1}. */
@ApplicationPath("api/v1")
public class RoutingApi extends Application {}
