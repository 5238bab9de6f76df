package org.newsgraph.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.SentenceTree.Tense;
import org.newsgraph.model.TimeExpression;

/**
 * Applies news conventions to the backend's time values, using the tense of the clause each expression sits in:
 * a weekday is the nearest such day, in the past for past-tense clauses ("Johnson on Monday said") and ahead for
 * future ones ("is due to travel on Tuesday"); "at the weekend" in a past-tense clause of a Monday story is the
 * weekend just gone; a month or day without a year that falls after the publication date in a past-tense clause
 * is last year's. Stateless and thread-safe.
 */
final class DateNormalizer {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern EXPLICIT = Pattern.compile("\\d|(?i)\\b(last|next|this|coming|past)\\b");

    private static final Pattern LAST_AS_VERB = Pattern.compile(
            "(?i)last\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\\s+"
                    + "(minute|hour|day|week|month|year)s?");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    List<TimeExpression> normalize(List<TimeExpression> times, List<SentenceTree> trees, Optional<LocalDate> published) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression original : times) {
            TimeExpression t = lastAsVerb(original, trees);
            String value = t.value();
            if (published.isPresent() && t.sentence() < trees.size()) {
                SentenceTree tree = trees.get(t.sentence());
                Tense tense = tenseAt(tree, t);
                value = adjust(t, value, tense, published.get());
            }
            out.add(new TimeExpression(t.text(), t.type(), value, t.start(), t.end(), t.sentence()));
        }
        return out;
    }

    /**
     * "the talks would last two days": the backend reads "last two days" as the days just past; when "last" is
     * the verb, the expression is the duration after it.
     */
    private static TimeExpression lastAsVerb(TimeExpression t, List<SentenceTree> trees) {
        Matcher m = LAST_AS_VERB.matcher(t.text());
        if (!m.matches() || t.sentence() >= trees.size()) return t;
        SentenceTree tree = trees.get(t.sentence());
        int first = tree.tokenAt(t.start());
        if (first < 0 || !tree.token(first).pos().startsWith("VB")) return t;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        String amount = n.matches("\\d+") ? n : NUMBER_WORDS.contains(n) ? Integer.toString(NUMBER_WORDS.indexOf(n)) : "X";
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String value = switch (unit) {
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day" -> "P" + amount + "D";
            case "week" -> "P" + amount + "W";
            case "month" -> "P" + amount + "M";
            default -> "P" + amount + "Y";
        };
        int skip = t.text().indexOf(m.group(1));
        return new TimeExpression(t.text().substring(skip), org.newsgraph.model.TimexType.DURATION, value,
                t.start() + skip, t.end(), t.sentence());
    }

    private static Tense tenseAt(SentenceTree tree, TimeExpression t) {
        List<Integer> toks = tree.tokensIn(t.start(), t.end());
        if (toks.isEmpty()) return Tense.UNKNOWN;
        int head = tree.headOf(toks.get(0), toks.get(toks.size() - 1));
        int verb = tree.governingVerb(head);
        return tree.tense(verb);
    }

    static String adjust(TimeExpression t, String value, Tense tense, LocalDate dct) {
        String text = t.text();
        boolean explicit = EXPLICIT.matcher(text).find();
        Matcher m;
        if ((m = DAY.matcher(value)).matches() && !explicit && WEEKDAY_WORD.matcher(text).find()) {
            LocalDate d = parse(value);
            if (d == null) return value;
            DayOfWeek dow = d.getDayOfWeek();
            LocalDate past = dct.with(TemporalAdjusters.previousOrSame(dow));
            LocalDate future = dct.with(TemporalAdjusters.nextOrSame(dow));
            LocalDate chosen = switch (tense) {
                case PAST -> past;
                case FUTURE -> future;
                // Present or unknown: the nearer one, the past one on a tie (news reports what happened).
                default -> dct.toEpochDay() - past.toEpochDay() <= future.toEpochDay() - dct.toEpochDay() ? past : future;
            };
            return chosen.toString();
        }
        if ((m = WEEKEND.matcher(value)).matches() && !explicit) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate saturday = monday.plusDays(5);
            LocalDate lastSaturday = dct.getDayOfWeek().getValue() >= 6
                    ? dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                    : dct.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
            LocalDate nextSaturday = dct.getDayOfWeek().getValue() >= 6 ? lastSaturday
                    : dct.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            LocalDate chosen = tense == Tense.PAST ? lastSaturday : tense == Tense.FUTURE ? nextSaturday : saturday;
            return weekend(chosen);
        }
        boolean relative = text.matches("(?i).*\\b(last|next|this|coming|past)\\b.*");
        if (tense == Tense.PAST && !relative) {
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = parse(value);
                if (d != null && d.isAfter(dct) && !text.matches(".*\\b\\d{4}\\b.*")) return d.minusYears(1).toString();
            } else if ((m = MONTH.matcher(value)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (year * 12 + month > dct.getYear() * 12 + dct.getMonthValue() && !text.matches(".*\\b\\d{4}\\b.*")) {
                    return String.format(Locale.ROOT, "%04d-%02d", year - 1, month);
                }
            }
        }
        return value;
    }

    private static String weekend(LocalDate saturday) {
        return String.format(Locale.ROOT, "%04d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
                saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate parse(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
