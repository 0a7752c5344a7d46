package dev.patina.checkers.typestate;

import dev.patina.checkers.flow.UnwindingAnalysis;
import dev.patina.checkers.ownership.OwnershipFacts;

/**
 * The typestate checker's forward analysis. Like the ownership checker's, it marks the paths that
 * only undeclared unchecked exceptions take as unwinding: they are end-state paths only once a
 * catch clause of the method takes them.
 */
final class TypestateAnalysis extends UnwindingAnalysis<TypestateValue, TypestateStore, TypestateTransfer> {

  TypestateAnalysis(TypestateTransfer transfer, OwnershipFacts ownership) {
    super(transfer, ownership::isUnchecked);
  }
}
