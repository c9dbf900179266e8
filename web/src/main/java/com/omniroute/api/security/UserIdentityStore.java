package com.omniroute.api.security;

import com.omniroute.security.boundary.Authentication;
import com.omniroute.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored users as a Jakarta Security identity store; their roles become the caller's groups.
 * The authentication mechanism hands it a {@link ClientCredential}, whose address the login
 * throttle counts by.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject private Authentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential typed)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = typed instanceof ClientCredential client ? client.getAddress() : null;
    return authentication
        .verify(typed.getCaller(), typed.getPasswordAsString(), address)
        .map(roles -> new CredentialValidationResult(typed.getCaller(), names(roles)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::roleName).collect(Collectors.toSet());
  }
}
