/**
 * The derive processors at work: {@link dev.patina.examples.derive.ReflectionTables} prints the
 * {@code @Reflect} tables of a record, an enum, a sealed interface with its records and a generic
 * class; {@link dev.patina.examples.derive.SensorLog} reads a file of binary sensor samples
 * through {@code @Struct} views, with no allocation per field read.
 */
package dev.patina.examples.derive;
