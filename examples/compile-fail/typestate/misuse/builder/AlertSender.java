// Wrong uses of the request builder protocol (target, then build() exactly once) of
// examples/src/main/java/dev/patina/examples/typestate/builder/RequestBuilder.java: an alerting
// service that prepares HTTP requests, one mistake per method. Each comment names the code the
// typestate checker must report there.
package dev.patina.examples.typestate.misuse.builder;

import dev.patina.examples.typestate.builder.Request;
import dev.patina.examples.typestate.builder.RequestBuilder;
import dev.patina.typestate.State;
import java.net.URI;

final class AlertSender {

  private static final URI PAGER = URI.create("https://pager.example.org/v2/alerts");

  /** T0002: a quiet hour returns early, and the prepared request is never built. */
  static Request page(String message, boolean quietHours) {
    RequestBuilder request = new RequestBuilder();
    request.target("POST", PAGER);
    request.body(message);
    if (quietHours) {
      return null; // T0002: `request` is still Targeted (not Built) when the method returns here
    }
    return request.build();
  }

  /** T0001: the retry builds the same builder a second time. */
  static Request[] withRetry(String message) {
    RequestBuilder request = new RequestBuilder();
    request.target("POST", PAGER);
    request.body(message);
    Request first = request.build();
    Request retry = request.build(); // T0001: Built, build() requires Targeted
    return new Request[] {first, retry};
  }

  /** T0001: the headers are set, the target is forgotten. */
  static Request heartbeat() {
    RequestBuilder request = new RequestBuilder();
    request.header("X-Heartbeat", "1");
    return request.build(); // T0001: Untargeted, build() requires Targeted
  }

  /** T0001: the body comes before the target that says whether a body is allowed. */
  static Request resolve(String incident) {
    RequestBuilder request = new RequestBuilder();
    request.body("{\"resolve\":\"" + incident + "\"}"); // T0001: Untargeted, body() requires Targeted
    request.target("PUT", PAGER.resolve("alerts/" + incident));
    return request.build();
  }

  /** T0001: a header added after build() would never be sent. */
  static Request acknowledge(String incident) {
    RequestBuilder request = new RequestBuilder();
    request.target("POST", PAGER.resolve("alerts/" + incident + "/ack"));
    Request ack = request.build();
    request.header("X-Ack-By", "on-call"); // T0001: Built, header() requires Untargeted or Targeted
    return ack;
  }

  /** T0003: promises a targeted builder and returns a fresh, untargeted one. */
  static @State("Targeted") RequestBuilder prepared() {
    RequestBuilder request = new RequestBuilder();
    request.header("User-Agent", "alerts/1.0");
    return request; // T0003: the result is Untargeted, the method declares Targeted
  }
}
