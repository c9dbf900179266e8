/** Media types (channels) and their capacity policy. */
package com.omniroute.media.entity;
