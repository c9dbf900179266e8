package com.omniroute.routing.boundary;

import java.io.Serializable;

/** The timer that marks an active interaction as over its campaign's chat time limit. */
record ChatLimitKey(long interactionId) implements Serializable {}
