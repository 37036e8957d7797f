package dev.kip.domain;

/** For one night where the diary and a device disagree, which of them the person says is right. */
public enum NightTrust { DIARY, DEVICE }
