package com.omniroute.media.boundary;

import java.io.Serializable;
import java.util.List;

/** A media type's capacity policy as a superadmin sends it. */
public record CapacityPolicyInput(
    Integer share, Integer requiredSpare, Integer precedence, List<String> overrides)
    implements Serializable {}
