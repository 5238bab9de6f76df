package org.newsgraph.model;

/** GDELT GKG count types. */
public enum CountType {
    KILL, WOUND, ARREST, KIDNAP, PROTEST, AFFECT, SEIZE, DISPLACE, EVACUATE, SICKEN, INJURE;
}
