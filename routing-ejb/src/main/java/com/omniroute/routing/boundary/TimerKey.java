package com.omniroute.routing.boundary;

import com.omniroute.routing.control.TimerKind;
import java.io.Serializable;

/** What a routing timer is for: one per interaction and kind at most. */
record TimerKey(TimerKind kind, long interactionId) implements Serializable {}
