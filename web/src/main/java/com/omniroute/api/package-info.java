/**
 * The REST API of docs/design.md section 9: the application, its error shape and exception mapping.
 */
package com.omniroute.api;
