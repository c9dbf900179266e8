/** Mapping pieces shared by all entities: the generated identity and the instant converter. */
package com.omniroute.common.entity;
