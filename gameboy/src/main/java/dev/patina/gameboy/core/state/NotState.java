package dev.patina.gameboy.core.state;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field a save state must not hold: the ROM image (it is the game, not its state), the
 * header read from it, and wiring such as listeners. Save states hold every other field of the
 * core's objects, so a new field is saved without anyone remembering to add it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotState {}
