package com.omniroute.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One API call over a raw HTTP/1.1 socket, for what Java's HTTP client cannot do: choose the local
 * address a request comes from (the login throttle counts per address), and send a header of
 * hundreds of kilobytes without trying an HTTP/2 upgrade first (which the server answers with
 * GOAWAY).
 */
final class RawHttp {

  private RawHttp() {}

  /** The whole answer, status line first, to a GET with Basic credentials from the address. */
  static String get(URI target, String localAddress, String username, String password) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", target.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      String credentials =
          Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target.getPath()
                  + " HTTP/1.1\r\nHost: localhost:"
                  + target.getPort()
                  + "\r\nAuthorization: Basic "
                  + credentials
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
