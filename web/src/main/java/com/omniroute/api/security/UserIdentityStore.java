package com.omniroute.api.security;

import com.omniroute.security.boundary.Authentication;
import com.omniroute.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored users as a Jakarta Security identity store; their roles become the caller's groups.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject private Authentication authentication;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return authentication
        .verify(credential.getCaller(), credential.getPasswordAsString())
        .map(roles -> new CredentialValidationResult(credential.getCaller(), names(roles)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::roleName).collect(Collectors.toSet());
  }
}
