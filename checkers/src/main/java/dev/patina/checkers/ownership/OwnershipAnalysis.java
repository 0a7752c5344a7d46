package dev.patina.checkers.ownership;

import dev.patina.checkers.flow.UnwindingAnalysis;

/**
 * The ownership checker's forward analysis: paths taken only by undeclared unchecked exceptions
 * are marked unwinding, so that they are not leak paths unless a catch clause takes them.
 */
final class OwnershipAnalysis extends UnwindingAnalysis<OwnershipValue, OwnershipStore, OwnershipTransfer> {

  OwnershipAnalysis(OwnershipTransfer transfer, OwnershipTypes types) {
    super(transfer, types::isUnchecked);
  }
}
