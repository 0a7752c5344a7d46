package dev.patina.examples.typestate.builder;

import dev.patina.ownership.Affine;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds one {@link Request}. A request needs a method and a target before it can be built or get
 * a body; headers may come before or after. {@link #build()} must be called exactly once: a builder
 * dropped unbuilt is a request someone forgot to send (the protocol's only end state is {@code
 * Built}), and building twice would hand out two requests meant as one (a second {@code build()}
 * needs {@code Targeted}, and the first left {@code Built}).
 *
 * <p>The setters return {@code void}, not {@code this}: a fluent {@code return this} would hand the
 * caller a second reference to the same builder, an alias whose state the checker would have to
 * connect to the first. {@code @Affine}, so that the builder has one owner at a time.
 */
@Affine
@Protocol(states = {"Untargeted", "Targeted", "Built"}, initial = "Untargeted", end = {"Built"})
public final class RequestBuilder {

  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS");

  private String method;
  private URI target;
  private final List<String> headers = new ArrayList<>();
  private String body = "";
  private boolean built;

  /** An empty builder: no method, no target, no headers. */
  public RequestBuilder() {}

  /** Sets the method and the target (again, if they were set: the last call wins). */
  @Requires({"Untargeted", "Targeted"})
  @Ensures("Targeted")
  public void target(String method, URI target) {
    checkNotBuilt();
    String m = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(m)) {
      throw new IllegalArgumentException("unknown HTTP method `" + method + "`; expected one of " + METHODS);
    }
    if (!target.isAbsolute() || target.getAuthority() == null) {
      throw new IllegalArgumentException("the target must be an absolute URI with a host: " + target);
    }
    this.method = m;
    this.target = target;
  }

  /** Adds a header line; a name may repeat, as HTTP allows. */
  @Requires({"Untargeted", "Targeted"})
  public void header(String name, String value) {
    checkNotBuilt();
    if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 127 && c != ':')) {
      throw new IllegalArgumentException("not a header name: `" + name + "`");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("header " + name + ": a value cannot contain a line break");
    }
    headers.add(name + ": " + value.strip());
  }

  /** Sets the body; the method must allow one, so the target comes first. */
  @Requires("Targeted")
  public void body(String text) {
    checkNotBuilt();
    if (method == null) {
      throw new IllegalStateException("set the target before the body");
    }
    if (WITHOUT_BODY.contains(method)) {
      throw new IllegalArgumentException(method + " requests carry no body");
    }
    this.body = text;
  }

  /** The request; the builder is spent afterwards. */
  @Requires("Targeted")
  @Ensures("Built")
  public Request build() {
    checkNotBuilt();
    if (target == null) {
      throw new IllegalStateException("cannot build a request without a target: call target(method, uri) first");
    }
    built = true;
    return new Request(method, target, List.copyOf(headers), body);
  }

  private void checkNotBuilt() {
    if (built) {
      throw new IllegalStateException("this builder already built its request");
    }
  }
}
