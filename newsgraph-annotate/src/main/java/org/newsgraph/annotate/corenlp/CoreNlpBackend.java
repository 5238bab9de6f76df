package org.newsgraph.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.annotate.Analysis;
import org.newsgraph.annotate.NlpBackend;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;
import org.newsgraph.model.Token;

/**
 * The Stanford CoreNLP 4.5.10 backend: tokenize, ssplit, pos, lemma, NER and the neural dependency parser.
 *
 * <p>NER runs two CRFs (see {@link #NER_MODEL}) with CoreNLP's fine-grained gazetteer (COUNTRY, CITY,
 * NATIONALITY, TITLE ...), its numeric classifiers and SUTime; see the README's annotate section for the
 * measurements behind the choice.
 *
 * <p>Long inputs stay bounded: the text is cut at {@link Options#maxChars()} (reported in
 * {@link Analysis#truncated()}) and sentences are split into pieces of at most
 * {@link Options#maxSentenceTokens()} tokens before tagging and parsing, so a page of one endless "sentence"
 * costs no more than ordinary text.
 *
 * <p>Thread-safe: one instance serves all threads (CoreNLP's annotators hold no per-document state). Loading
 * takes 10-30 s and about 1 GB of heap; create one per process.
 */
public final class CoreNlpBackend implements NlpBackend {

    /**
     * Backend limits.
     *
     * @param maxChars          characters of text analysed at most; the rest is reported as truncated
     * @param maxSentenceTokens longer sentences are split into pieces of this many tokens
     */
    public record Options(int maxChars, int maxSentenceTokens) {
        public Options {
            if (maxChars < 1 || maxSentenceTokens < 10) throw new IllegalArgumentException("limits too small");
        }

        public static Options defaults() {
            return new Options(100_000, 120);
        }
    }

    /**
     * Two of the default combiner's three CRFs: the broad three-class model (trained on CoNLL, MUC, ACE and more)
     * first, the CoNLL four-class model (for MISC) second. The MUC seven-class model only adds DATE, TIME,
     * MONEY and PERCENT, which SUTime and the numeric classifiers give anyway. On WikiGold the pair scores the
     * same as the default three (F1 0.678) and the CoNLL model alone 0.621.
     */
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final Options options;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;

    public CoreNlpBackend(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        // CoreNLP logs every model it loads at INFO; keep our stderr for our own warnings.
        RedwoodConfiguration.errorLevel().apply();
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Paragraphs are separated by a blank line: a headline-like paragraph never runs into the next one.
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.splitter = new StanfordCoreNLP(split);

        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma,ner,depparse");
        tag.setProperty("ner.model", NER_MODEL);
        tag.setProperty("ner.applyFineGrained", "true");
        tag.setProperty("ner.useSUTime", "true");
        tag.setProperty("ner.applyNumericClassifiers", "true");
        tag.setProperty("ner.buildEntityMentions", "true");
        // The sentences come from our own splitter (with long ones cut), so requirements are met by hand.
        this.tagger = new StanfordCoreNLP(tag, false);
    }

    public CoreNlpBackend() {
        this(Options.defaults());
    }

    /** Cumulative time per CoreNLP annotator since loading, as CoreNLP reports it. */
    public String timingInformation() {
        return splitter.timingInformation() + System.lineSeparator() + tagger.timingInformation();
    }

    @Override
    public String describe() {
        return "corenlp-4.5.10 (all3class+conll4class+fine-grained+sutime, depparse)";
    }

    @Override
    public Analysis analyze(String text, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(text, "text");
        int cut = text.length();
        if (cut > options.maxChars()) {
            cut = options.maxChars();
            while (cut > options.maxChars() / 2 && !Character.isWhitespace(text.charAt(cut - 1))) cut--;
        }
        String analysed = text.substring(0, cut);
        if (analysed.isBlank()) return new Analysis(List.of(), List.of(), List.of(), text.length() - cut);

        Annotation doc = new Annotation(analysed);
        documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        splitter.annotate(doc);
        splitLongSentences(doc);
        tagger.annotate(doc);
        return read(doc, text.length() - cut);
    }

    /** Longest token the taggers see in full; their features grow with the square of a token's length. */
    private static final int MAX_TOKEN_CHARS = 64;

    /**
     * Cuts sentences longer than the limit into consecutive pieces, renumbering tokens and sentences, and shows
     * the taggers only the start of over-long tokens (a 1 MB "word" otherwise exhausts the heap in the NER
     * feature extractor). Offsets and original text are kept.
     */
    private void splitLongSentences(Annotation doc) {
        for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            if (l.word() != null && l.word().length() > MAX_TOKEN_CHARS) {
                String shortWord = l.word().substring(0, MAX_TOKEN_CHARS);
                l.setWord(shortWord);
                l.setValue(shortWord);
            }
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int max = options.maxSentenceTokens();
        boolean any = false;
        for (CoreMap s : sentences) any |= s.get(CoreAnnotations.TokensAnnotation.class).size() > max;
        if (!any) return;
        List<CoreMap> out = new ArrayList<>();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        int tokenOffset = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int from = 0; from < tokens.size(); from += max) {
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + max)));
                CoreMap p = new ArrayCoreMap();
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                p.set(CoreAnnotations.TokensAnnotation.class, piece);
                p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
                p.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + piece.size());
                p.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
                for (int i = 0; i < piece.size(); i++) {
                    piece.get(i).setIndex(i + 1);
                    piece.get(i).setSentIndex(out.size());
                }
                tokenOffset += piece.size();
                out.add(p);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static Analysis read(Annotation doc, int truncated) {
        List<Sentence> sentences = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Analysis.NumberSpan> numbers = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap s = coreSentences.get(si);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            Arrays.fill(heads, -1);
            Arrays.fill(relations, "dep");
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    int dep = e.getDependent().index() - 1;
                    if (dep < 0 || dep >= heads.length) continue;
                    heads[dep] = e.getGovernor().index() - 1;
                    relations[dep] = e.getRelation().toString();
                }
                for (var root : graph.getRoots()) {
                    int r = root.index() - 1;
                    if (r >= 0 && r < heads.length) {
                        heads[r] = -1;
                        relations[r] = "root";
                    }
                }
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                tokens.add(new Token(i, l.originalText(), l.beginPosition(), l.endPosition(),
                        l.tag() == null ? "X" : l.tag(), lemma, ner, heads[i], relations[i]));
            }
            int start = labels.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                    : labels.get(0).beginPosition();
            int end = labels.isEmpty() ? start : labels.get(labels.size() - 1).endPosition();
            sentences.add(new Sentence(si, start, end, tokens));

            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) continue;
            for (CoreMap m : mentions) {
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (tag == null) continue;
                int ms = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null && timex.value() != null && timex.timexType() != null) {
                    TimexType type = timexType(timex.timexType());
                    if (type != null) {
                        times.add(new TimeExpression(m.get(CoreAnnotations.TextAnnotation.class), type, timex.value(),
                                ms, me, si));
                    }
                } else if (tag.equals("NUMBER") || tag.equals("ORDINAL")) {
                    String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    Double value = parse(norm);
                    if (value != null) numbers.add(new Analysis.NumberSpan(ms, me, value, si, tag.equals("ORDINAL")));
                }
            }
        }
        return new Analysis(sentences, times, numbers, truncated);
    }

    private static TimexType timexType(String t) {
        try {
            return TimexType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double parse(String s) {
        if (s == null || s.isEmpty()) return null;
        // Approximate values come as "~30.0", ">=30.0" ("at least 30"), "<5.0".
        String v = s.replaceFirst("^[~<>=]+", "");
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
