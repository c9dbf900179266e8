/** Interactions (customer contacts) and their life-cycle states. */
package com.omniroute.interaction.entity;
