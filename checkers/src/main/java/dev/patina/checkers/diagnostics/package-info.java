/**
 * The text layout every Patina diagnostic shares, so that plain javac shows rustc-like notes and
 * {@code ./patina check} can read them back: a headline, then {@code --> FILE:LINE:COL: label} lines
 * for related places, then {@code help:} lines. See {@code docs/diagnostics.md}. It also keeps
 * the Patina checkers of one javac from taking each other's diagnostics for javac errors.
 */
package dev.patina.checkers.diagnostics;
