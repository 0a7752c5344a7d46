/**
 * The {@code @Struct} processor: C-compatible memory layouts ({@code <Name>Layout}) and
 * allocation-free flyweight views ({@code <Name>View}) for records. See
 * {@code docs/processors/struct.md}.
 */
package dev.patina.processors.struct;
