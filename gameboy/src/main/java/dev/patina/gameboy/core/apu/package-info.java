/** The audio processing unit's registers ($FF10–$FF3F) as the CPU sees them. */
package dev.patina.gameboy.core.apu;
