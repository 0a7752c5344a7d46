package dev.patina.examples.typestate.builder;

import java.net.URI;

/**
 * Prepares the requests a webhook client sends: every builder it makes is built exactly once, on
 * every path. {@code examples/compile-fail/typestate/misuse/builder} holds the mistakes the
 * typestate checker rejects (a builder never built, built twice, built without a target).
 */
public final class WebhookClient {

  private final URI endpoint;
  private final String token;

  /** A client posting to {@code endpoint} with a bearer {@code token}. */
  public WebhookClient(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
  }

  /** The POST that delivers {@code event} (a JSON document). */
  public Request delivery(String event) {
    RequestBuilder request = new RequestBuilder();
    request.header("Authorization", "Bearer " + token);
    request.target("POST", endpoint);
    request.header("Content-Type", "application/json");
    request.body(event);
    return request.build();
  }

  /** The probe that checks the endpoint is alive: a HEAD, or a GET when {@code full}. */
  public Request probe(boolean full) {
    RequestBuilder request = new RequestBuilder();
    if (full) {
      request.target("GET", endpoint);
    } else {
      request.target("HEAD", endpoint);
    }
    request.header("Authorization", "Bearer " + token);
    return request.build();
  }

  public static void main(String[] args) {
    WebhookClient client = new WebhookClient(URI.create("https://hooks.example.org/v1/events?source=patina"), "s3cr3t");
    System.out.print(client.delivery("{\"event\":\"deploy\",\"status\":\"ok\"}").wireFormat());
    System.out.println("--");
    System.out.print(client.probe(false).wireFormat());
  }
}
