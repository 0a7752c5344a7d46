/**
 * The audio processing unit: two square channels (the first with a frequency sweep), a wave
 * channel and a noise channel, the 512 Hz frame sequencer that clocks their length counters,
 * envelopes and sweep, and the stereo mixer. Samples come out at a rate the host chooses.
 */
package dev.patina.gameboy.core.apu;
