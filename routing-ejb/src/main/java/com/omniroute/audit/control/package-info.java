/** What the audit log keeps of each kind of object: its snapshots, never a password. */
package com.omniroute.audit.control;
