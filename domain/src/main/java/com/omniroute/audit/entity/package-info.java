/** The audit log: one entry per configuration change or supervisor action, with who and what. */
package com.omniroute.audit.entity;
