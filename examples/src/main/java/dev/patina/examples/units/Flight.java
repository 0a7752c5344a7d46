package dev.patina.examples.units;

import dev.patina.units.Unit;

/**
 * What a flight came to.
 *
 * @param range the horizontal distance from the launch point to where the ball lands
 * @param flightTime the time from launch to landing
 * @param apex the greatest height above the ground
 * @param impactSpeed the speed at landing
 * @param launchEnergy the kinetic plus potential energy at launch (potential energy from the ground)
 * @param dragLoss the energy the air took: launch energy minus energy at landing
 */
public record Flight(
    @Unit("m") double range,
    @Unit("s") double flightTime,
    @Unit("m") double apex,
    @Unit("m/s") double impactSpeed,
    @Unit("J") double launchEnergy,
    @Unit("J") double dragLoss) {}
