/** Plain logic of the platform layer: how the supported databases differ. */
package com.omniroute.platform.control;
