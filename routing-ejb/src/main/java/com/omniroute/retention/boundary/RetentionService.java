package com.omniroute.retention.boundary;

import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.retention.control.RetentionDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Retention for the superadmin: run it now (after changing the setting, or to check it), instead of
 * waiting for the night. It purges across every security group, so no admin of one group may.
 */
@Stateless
@RolesAllowed("superadmin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

  @Inject private InteractionRetention retention;

  /**
   * Purges now.
   *
   * @throws ServiceException {@code CONFLICT} when the setting is refused or a purge is running
   */
  public RetentionRun runNow() {
    RetentionDays.Result setting = retention.setting();
    if (setting.days().isEmpty()) {
      throw new ServiceException(ErrorCode.CONFLICT, setting.problem());
    }
    return retention
        .runNow()
        .orElseThrow(
            () ->
                new ServiceException(
                    ErrorCode.CONFLICT, "A purge is running already; try again when it ends"));
  }
}
