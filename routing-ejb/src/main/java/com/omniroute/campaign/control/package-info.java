/** Plain logic of campaigns: the orders the campaign list sorts by. */
package com.omniroute.campaign.control;
