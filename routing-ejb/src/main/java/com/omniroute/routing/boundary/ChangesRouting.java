package com.omniroute.routing.boundary;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that changes the routing configuration (campaigns, agents, members,
 * capacity policies) and fires a {@link ConfigurationChange}. Its transaction takes the routing
 * engine's writer turn before its first statement and keeps it until it completes, so that the
 * core's check and change and the database's commit happen as one step, with no routing event in
 * between, and without a transaction holding database locks while it waits for the turn.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ChangesRouting {}
