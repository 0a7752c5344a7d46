package dev.patina.cli.command;

/**
 * Marks a command whose arguments belong to another tool (javac, java, mvn): {@link
 * dev.patina.cli.Main} tells picocli to pass unknown options and {@code @files} through as they are.
 */
public interface PassThrough {}
