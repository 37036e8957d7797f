package dev.kip.domain;

/** How the bedroom felt, when no thermometer reading was given. */
public enum RoomFeel {
    COOL, OK, WARM
}
