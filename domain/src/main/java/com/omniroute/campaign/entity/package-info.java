/** Campaigns: per-channel queues with their service level, limits, schedule and time zone. */
package com.omniroute.campaign.entity;
