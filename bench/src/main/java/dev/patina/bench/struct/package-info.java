/**
 * The {@code struct} suite: reading every field of a binary record through a generated {@code
 * @Struct} view, against {@code ByteBuffer} getters and a hand-written {@code ValueLayout} reader
 * over the same memory; {@code -prof gc} shows the view allocates nothing (issue 5, acceptance 5).
 */
package dev.patina.bench.struct;
