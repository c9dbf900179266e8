package com.omniroute.platform.boundary;

import java.io.Serializable;

/** One refused field: its name as the API spells it, and the rule it broke. */
public record Violation(String field, String message) implements Serializable {}
