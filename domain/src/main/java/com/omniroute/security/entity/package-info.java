/** Console and API users, their roles, and the security groups that partition what they see. */
package com.omniroute.security.entity;
