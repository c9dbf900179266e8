package com.omniroute.security.boundary;

import com.omniroute.security.control.AdminPassword;
import com.omniroute.security.control.PasswordHashing;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start against an empty database, creates the superadmin {@code admin}. Its password
 * comes from {@code ROUTING_ADMIN_PASSWORD} (or {@code -Drouting.admin.password}); without one, a
 * random password is generated and written to the server log this once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStartSetup {

  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(FirstStartSetup.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwordHashing;

  @PostConstruct
  void createAdminOnFirstStart() {
    long users = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    if (users > 0) {
      return;
    }
    Optional<String> configured = AdminPassword.configured(System::getenv, System::getProperty);
    String password = configured.orElseGet(AdminPassword::generate);
    em.persist(
        new UserAccount(
            ADMIN_USERNAME, passwordHashing.hash(password), EnumSet.of(Role.SUPERADMIN)));
    if (configured.isPresent()) {
      LOG.info("First start: created superadmin 'admin' with the configured password");
    } else {
      LOG.warning(
          "First start: created superadmin 'admin' with the generated password "
              + password
              + " (shown only this once; set "
              + AdminPassword.ENV
              + " before the first start to choose it)");
    }
  }
}
