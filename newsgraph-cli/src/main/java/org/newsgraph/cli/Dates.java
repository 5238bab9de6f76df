package org.newsgraph.cli;

import org.newsgraph.model.DateSource;
import org.newsgraph.model.Published;
import picocli.CommandLine;

/** Parses {@code --published} values at the boundary; a bad date is a usage error naming the value. */
final class Dates implements CommandLine.ITypeConverter<Published> {
    @Override
    public Published convert(String value) {
        return Published.parse(value, DateSource.USER).orElseThrow(() -> new CommandLine.TypeConversionException(
                "not a date: '" + value + "' (use YYYY-MM-DD or an ISO-8601 date-time)"));
    }
}
