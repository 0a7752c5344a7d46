/**
 * The text layout every Patina diagnostic shares, so that plain javac shows rustc-like notes and
 * {@code ./patina check} can read them back: a headline, then {@code --> FILE:LINE:COL: label} lines
 * for related places, then {@code help:} lines. See {@code docs/diagnostics.md}.
 */
package dev.patina.checkers.diagnostics;
