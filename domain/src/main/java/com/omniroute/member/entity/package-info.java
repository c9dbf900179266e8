/** Campaign membership of agents, with the penalty that orders who is offered work first. */
package com.omniroute.member.entity;
