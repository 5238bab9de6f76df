package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The PLOVER reading of an event (Open Event Data Alliance's successor to CAMEO).
 *
 * @param event   the event type ({@code ASSAULT}, {@code SANCTION}, {@code ACCUSE}, ...)
 * @param mode    how it is done, when the code says ({@code discontinue}, {@code threaten}, ...)
 * @param context the policy area, when the code says ({@code military}, {@code economic}, ...)
 */
public record Plover(String event, Optional<String> mode, Optional<String> context) {
    public Plover {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(context, "context");
    }
}
