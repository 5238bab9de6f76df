package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.annotate.NewsAnnotator;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.TimeExpression;

/**
 * Scores temporal expressions against TimeML files in the TempEval-3 layout: the document creation time in
 * {@code <DCT><TIMEX3 ... value="..."/>}, the text in {@code <TEXT>} with gold {@code <TIMEX3 type value>}
 * spans (other tags such as EVENT and SIGNAL are dropped, their words kept).
 *
 * <p>As TempEval-3 scores them: extent precision, recall and F1, strict (same characters) and relaxed (any
 * overlap); value and type F1 count a relaxed match only when the attribute is equal too.
 */
public final class TimeMlBenchmark {
    private TimeMlBenchmark() {}

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"");

    /** A gold expression. */
    record Gold(int start, int end, String type, String value) {}

    /** A parsed file. */
    record Doc(String name, String text, Optional<LocalDate> dct, List<Gold> timexes) {}

    /** Precision, recall and F1 of one measure. */
    public record Prf(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** All measures, and the files scored. */
    public record Result(Prf strict, Prf relaxed, Prf value, Prf type, int files, List<String> valueErrors) {}

    static Doc parse(String name, String xml) throws IOException {
        Optional<LocalDate> dct = Optional.empty();
        int dctAt = xml.indexOf("<DCT>");
        if (dctAt >= 0) {
            Matcher m = TAG.matcher(xml);
            if (m.find(dctAt + 5) && m.group(2).equals("TIMEX3")) dct = date(attr(m.group(3), "value"));
        }
        int textStart = xml.indexOf("<TEXT>");
        int textEnd = xml.indexOf("</TEXT>");
        if (textStart < 0 || textEnd < textStart) throw new IOException(name + ": no <TEXT> element");
        String body = xml.substring(textStart + 6, textEnd);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int at = 0;
        int openStart = -1;
        String openType = null, openValue = null;
        while (m.find()) {
            text.append(unescape(body.substring(at, m.start())));
            at = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty()) {
                if (openStart >= 0) throw new IOException(name + ": nested TIMEX3 at character " + (textStart + 6 + m.start()));
                openStart = text.length();
                openType = attr(m.group(3), "type");
                openValue = attr(m.group(3), "value");
                if (m.group(3).endsWith("/")) openStart = -1; // empty (non-consuming) timex: not an extent
            } else if (openStart >= 0) {
                gold.add(new Gold(openStart, text.length(), openType == null ? "" : openType, openValue == null ? "" : openValue));
                openStart = -1;
            }
        }
        text.append(unescape(body.substring(at)));
        return new Doc(name, text.toString(), dct, gold);
    }

    private static String attr(String attrs, String name) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Scores every {@code .tml} file under the folder (or the one file given). */
    public static Result run(Path gold, NewsAnnotator annotator) throws IOException {
        List<Path> files;
        if (Files.isDirectory(gold)) {
            try (Stream<Path> s = Files.walk(gold)) {
                files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            }
        } else {
            files = List.of(gold);
        }
        if (files.isEmpty()) throw new IOException(gold + ": no .tml files");
        int g = 0, p = 0, strict = 0, relaxed = 0, value = 0, type = 0;
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            Doc d = parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            Annotations a = annotator.annotate(d.text(), d.dct());
            List<TimeExpression> predicted = a.dates();
            g += d.timexes().size();
            p += predicted.size();
            boolean[] used = new boolean[predicted.size()];
            for (Gold t : d.timexes()) {
                int best = -1;
                for (int i = 0; i < predicted.size(); i++) {
                    TimeExpression e = predicted.get(i);
                    if (used[i] || e.end() <= t.start() || t.end() <= e.start()) continue;
                    if (best < 0 || e.start() == t.start() && e.end() == t.end()) best = i;
                }
                if (best < 0) continue;
                used[best] = true;
                TimeExpression e = predicted.get(best);
                relaxed++;
                if (e.start() == t.start() && e.end() == t.end()) strict++;
                if (e.value().equals(t.value())) value++;
                else errors.add(f.getFileName() + ": \"" + d.text().substring(t.start(), t.end()) + "\" gold " + t.value() + ", ours " + e.value());
                if (e.type().name().equals(t.type())) type++;
            }
        }
        return new Result(new Prf(g, p, strict), new Prf(g, p, relaxed), new Prf(g, p, value), new Prf(g, p, type),
                files.size(), errors);
    }
}
