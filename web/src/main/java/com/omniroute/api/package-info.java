/** The REST API of design section 9: the application, its error shape and exception mapping. */
package com.omniroute.api;
