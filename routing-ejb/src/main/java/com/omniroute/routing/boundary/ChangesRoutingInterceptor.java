package com.omniroute.routing.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Takes the writer's turn for a {@link ChangesRouting} method's transaction. */
@ChangesRouting
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ChangesRoutingInterceptor {

  @Inject private ConfigurationApplier applier;

  @AroundInvoke
  Object holdTurn(InvocationContext invocation) throws Exception {
    applier.holdTurn();
    return invocation.proceed();
  }
}
