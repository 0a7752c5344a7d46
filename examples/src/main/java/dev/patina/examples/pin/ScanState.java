package dev.patina.examples.pin;

import dev.patina.derive.Length;
import dev.patina.derive.Struct;

/**
 * The fields of a {@link NumberScan} struct, laid out as C would (96 bytes): the text, two
 * pointers into it, and what has been parsed so far. {@code @Struct} generates {@code
 * ScanStateLayout} (the offsets) and {@code ScanStateView} (the getters and setters).
 *
 * @param text the comma-separated numbers, ASCII, {@code length} bytes of them
 * @param cursor the address of the next byte to parse, inside {@code text}; 0 until the first step
 * @param end the address one past the last byte of the text, inside the struct; 0 until the first step
 * @param sum the sum of the numbers parsed so far
 * @param length how many bytes of {@code text} are used
 * @param parsed how many numbers have been parsed
 */
@Struct
record ScanState(@Length(NumberScan.CAPACITY) byte[] text, long cursor, long end, long sum, int length, int parsed) {}
