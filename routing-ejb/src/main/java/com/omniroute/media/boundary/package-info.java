/** Services over media types and their capacity policy. */
package com.omniroute.media.boundary;
