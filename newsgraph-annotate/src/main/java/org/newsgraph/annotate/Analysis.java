package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;

/**
 * What a backend found in a text.
 *
 * @param sentences sentences with tokens (entity tags in {@code Token.ner}) and dependency parse
 * @param times     time expressions with the backend's own values, before our news conventions are applied
 * @param numbers   numbers with their values ("two million" is 2000000)
 * @param truncated how many characters at the end were left out because the text was over the size limit
 */
public record Analysis(List<Sentence> sentences, List<TimeExpression> times, List<NumberSpan> numbers,
        int truncated) {
    public Analysis {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
        numbers = List.copyOf(numbers);
    }

    /**
     * A number in the text.
     *
     * @param start    offset
     * @param end      offset just past it
     * @param value    its value
     * @param sentence index of its sentence
     * @param ordinal  true for "first", "3rd"
     */
    public record NumberSpan(int start, int end, double value, int sentence, boolean ordinal) {}
}
