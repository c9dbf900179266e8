/**
 * The demo start: with {@code -Drouting.demo=true} and no campaigns yet, ready-made data and a
 * running traffic simulator, so that a newcomer sees routing within a minute.
 */
package com.omniroute.demo.boundary;
