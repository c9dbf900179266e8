package com.omniroute.api.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password together with the address of the client that sent them, which the login
 * throttle counts failures by.
 */
public class ClientCredential extends UsernamePasswordCredential {

  private final String address;

  public ClientCredential(String username, Password password, String address) {
    super(username, password);
    this.address = address;
  }

  public String getAddress() {
    return address;
  }
}
