package com.omniroute.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B instance, for every body JAX-RS reads or writes and for the 401 error page.
 * Without this resolver RESTEasy's JSON-B provider builds a new {@code Jsonb} for each body ({@code
 * JsonbBuilder.create}: a service lookup over the deployment's jars, and Yasson learning each class
 * again), which cost about a quarter of the CPU of a small authenticated GET (issue 12). A {@code
 * Jsonb} is thread-safe and keeps what it learnt about classes, so one serves every request. Its
 * configuration is JSON-B's default, as the per-body instances had: properties in lexicographic
 * order, nulls left out, ISO-8601 instants.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  /** Shared by the API's resources and its error pages; never closed, lives as the deployment. */
  public static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
