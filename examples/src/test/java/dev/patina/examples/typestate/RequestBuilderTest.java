package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.typestate.builder.Request;
import dev.patina.examples.typestate.builder.RequestBuilder;
import dev.patina.examples.typestate.builder.WebhookClient;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request builder at run time: what it builds, what it refuses, and build() exactly once. */
class RequestBuilderTest {

  private static final URI HOOK = URI.create("https://hooks.example.org/v1/events?source=patina");

  @Test
  void aDeliveryIsAPostWithTheEventAsBody() {
    Request r = new WebhookClient(HOOK, "t0k3n").delivery("{\"ok\":true}");
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.headers()).containsExactly("Authorization: Bearer t0k3n", "Content-Type: application/json");
    assertThat(r.wireFormat()).isEqualTo("POST /v1/events?source=patina HTTP/1.1\r\n"
        + "Host: hooks.example.org\r\n"
        + "Authorization: Bearer t0k3n\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: 11\r\n"
        + "\r\n"
        + "{\"ok\":true}");
  }

  @Test
  void aProbeIsAHeadOrAGetWithoutBody() {
    WebhookClient client = new WebhookClient(HOOK, "t");
    assertThat(client.probe(false).method()).isEqualTo("HEAD");
    assertThat(client.probe(true).method()).isEqualTo("GET");
    assertThat(client.probe(true).body()).isEmpty();
  }

  @Test
  void theLastTargetWinsAndHeadersKeepTheirOrder() {
    RequestBuilder b = new RequestBuilder();
    b.header("Accept", "text/plain");
    b.target("get", URI.create("https://a.example/x"));
    b.target("put", URI.create("https://b.example/y"));
    b.header("Accept", "  application/json ");
    b.body("data");
    Request r = b.build();
    assertThat(r).isEqualTo(new Request("PUT", URI.create("https://b.example/y"),
        List.of("Accept: text/plain", "Accept: application/json"), "data"));
  }

  @Test
  @SuppressWarnings("typestate") // the builder goes into assertThatThrownBy's lambdas (T0005) and is never built
  void badInputIsRefusedWithTheReason() {
    RequestBuilder b = new RequestBuilder();
    assertThatThrownBy(() -> b.target("FETCH", HOOK)).hasMessageStartingWith("unknown HTTP method `FETCH`");
    assertThatThrownBy(() -> b.target("GET", URI.create("/relative"))).hasMessageContaining("absolute URI with a host");
    assertThatThrownBy(() -> b.header("Bad Name", "x")).hasMessage("not a header name: `Bad Name`");
    assertThatThrownBy(() -> b.header("X-Injected", "a\r\nHost: evil")).hasMessageContaining("cannot contain a line break");
  }

  @Test
  @SuppressWarnings("typestate") // deliberately wrong: a body on a GET, build() twice and build() untargeted (T0001)
  void misusesThrowAtRunTime() {
    RequestBuilder get = new RequestBuilder();
    get.target("GET", HOOK);
    assertThatThrownBy(() -> get.body("x")).hasMessage("GET requests carry no body");
    get.build();
    assertThatThrownBy(get::build).isInstanceOf(IllegalStateException.class).hasMessage("this builder already built its request");
    RequestBuilder untargeted = new RequestBuilder();
    assertThatThrownBy(untargeted::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a target");
  }
}
