/** What a save state leaves out: fields that are configuration or wiring, not machine state. */
package dev.patina.gameboy.core.state;
