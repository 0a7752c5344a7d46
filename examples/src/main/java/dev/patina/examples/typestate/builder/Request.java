package dev.patina.examples.typestate.builder;

import java.net.URI;
import java.util.List;

/**
 * An HTTP request, immutable once {@link RequestBuilder#build()} made it.
 *
 * @param method the method, such as {@code GET} or {@code POST}
 * @param target the absolute URI the request goes to
 * @param headers the header lines, {@code Name: value}, in the order they were added
 * @param body the body; empty for none
 */
public record Request(String method, URI target, List<String> headers, String body) {

  /** The request as it goes on the wire (HTTP/1.1), with the Host and Content-Length headers. */
  public String wireFormat() {
    StringBuilder out = new StringBuilder();
    String path = target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) {
      path += "?" + target.getRawQuery();
    }
    out.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    out.append("Host: ").append(target.getAuthority()).append("\r\n");
    for (String header : headers) {
      out.append(header).append("\r\n");
    }
    if (!body.isEmpty()) {
      out.append("Content-Length: ").append(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).append("\r\n");
    }
    return out.append("\r\n").append(body).toString();
  }
}
