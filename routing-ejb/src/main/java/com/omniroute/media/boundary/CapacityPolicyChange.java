package com.omniroute.media.boundary;

import java.io.Serializable;

/**
 * One media type's new capacity policy as the console's editor sends it, with the version of the
 * stored policy the editor started from, so that a change made by someone else in between is
 * refused rather than overwritten.
 */
public record CapacityPolicyChange(String code, int version, CapacityPolicyInput policy)
    implements Serializable {}
