/** How long ended interactions are kept: the setting and its rules. */
package com.omniroute.retention.control;
