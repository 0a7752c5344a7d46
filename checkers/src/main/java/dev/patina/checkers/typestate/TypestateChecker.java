package dev.patina.checkers.typestate;

import dev.patina.checkers.ownership.OwnershipFacts;
import dev.patina.checkers.flow.FlowChecker;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;

/**
 * The typestate checker: which methods of an object may be called in which state, and where it
 * must end, following each {@code @Protocol} object through every method flow-sensitively.
 *
 * <p>Run it as an annotation processor: {@code -processor
 * dev.patina.checkers.typestate.TypestateChecker}. Diagnostics carry the codes T0001 to T0006 of
 * {@code docs/checkers/typestate.md}; {@code @SuppressWarnings("typestate")} or {@code
 * @SuppressWarnings("typestate:T0005")} silences them.
 *
 * <p>It is a {@link SourceChecker} with its own analysis on the Checker Framework's CFG, like the
 * ownership checker: states are flow facts of variables, not qualifiers, and code that names no
 * protocol type costs one scan of its trees.
 */
public final class TypestateChecker extends FlowChecker {

  private Protocols protocols;

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    protocols = new Protocols(getProcessingEnvironment());
    return new TypestateVisitor(this, protocols, OwnershipFacts.of(getProcessingEnvironment()));
  }

  Protocols protocols() {
    return protocols;
  }
}
