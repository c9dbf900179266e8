/** Bean Validation constraints of the domain that the standard set does not express. */
package com.omniroute.common.validation;
