/** The console's media capacity model: the superadmin's editor with its live preview. */
package com.omniroute.console.media;
