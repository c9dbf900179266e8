package com.omniroute.interaction.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a channel connector hands in: the campaign, who the customer is, and optionally more. */
public record InteractionInput(
    @NotNull(message = "{omniroute.campaign.required}") Long campaignId,
    @NotBlank(message = "{omniroute.customer.required}")
        @Size(max = 255, message = "{omniroute.customer.size}")
        String customer,
    @Size(max = 500, message = "{omniroute.subject.size}") String subject,
    @Min(value = 0, message = "{omniroute.priority.range}")
        @Max(value = 9, message = "{omniroute.priority.range}")
        Integer priority) {}
