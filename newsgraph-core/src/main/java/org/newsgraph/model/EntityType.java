package org.newsgraph.model;

/** What an entity or mention is. Places are split as GDELT and CoreNLP's fine-grained tags split them. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, NATIONALITY, TITLE, MISC;

    public String jsonName() {
        return name();
    }

    /** Countries, states, cities and other locations. */
    public boolean isPlace() {
        return this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY || this == LOCATION;
    }
}
