package org.newsgraph.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Sentence;

/** Codes the events of one document. Used once, by one thread, then dropped. */
final class DocumentCoder {
    private final String text;
    private final Annotations ann;
    private final Optional<LocalDate> date;
    private final CameoCodes codes;
    private final VerbPatterns patterns;
    private final ActorLexicon lexicon;
    private final List<Tree> trees = new ArrayList<>();
    private final List<List<Mention>> mentionsBySentence = new ArrayList<>();

    /** One coded mention before de-duplication. */
    private record Found(String code, EventActor source, EventActor target, EventMention mention) {}

    /** Who reports an event: entity id (or -1), the words, the quote index, and the reporter's head token. */
    private record Reporter(int entity, Optional<String> text, int quote, int start, int end) {
        static final Reporter NONE = new Reporter(-1, Optional.empty(), -1, -1, -1);

        boolean present() {
            return entity >= 0 || text.isPresent();
        }
    }

    /** What makes a clause non-factual, as far as deriving statement codes needs to know. */
    private enum Cue { NONE, ANNOUNCED, COMMITMENT, OBLIGATION, OTHER }

    /** A modality with its cue. */
    private record Mood(Modality modality, Cue cue) {}

    DocumentCoder(String text, Annotations ann, Optional<LocalDate> date, CameoCodes codes, VerbPatterns patterns,
            ActorLexicon lexicon) {
        this.text = text;
        this.ann = ann;
        this.date = date;
        this.codes = codes;
        this.patterns = patterns;
        this.lexicon = lexicon;
        for (Sentence s : ann.sentences()) {
            trees.add(new Tree(s));
            mentionsBySentence.add(new ArrayList<>());
        }
        for (Mention m : ann.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < mentionsBySentence.size()) mentionsBySentence.get(m.sentence()).add(m);
        }
    }

    List<Event> code() {
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < trees.size(); s++) {
            Tree t = trees.get(s);
            for (int i = 0; i < t.size(); i++) {
                List<VerbPatterns.Pattern> ps = patterns.forVerb(t.lemma(i));
                if (ps.isEmpty()) continue;
                if (t.isVerb(i)) {
                    List<VerbPatterns.Pattern> verbs = ps.stream().filter(p -> !p.noun()).toList();
                    if (!verbs.isEmpty()) codeVerb(s, t, i, verbs, found);
                } else if (t.pos(i).startsWith("NN")) {
                    List<VerbPatterns.Pattern> nouns = ps.stream().filter(VerbPatterns.Pattern::noun).toList();
                    if (!nouns.isEmpty()) codeNoun(s, t, i, nouns, found);
                }
            }
        }
        return merge(found);
    }

    // ---- verbs ----

    private void codeVerb(int s, Tree t, int v, List<VerbPatterns.Pattern> ps, List<Found> out) {
        boolean passive = t.isPassive(v) || (t.rel(v).startsWith("acl") && t.pos(v).equals("VBN") && t.child(v, "obj") < 0);
        int patient = patient(t, v, passive);
        int prt = t.child(v, "compound:prt");
        String particle = prt >= 0 ? t.lemma(prt) : "";
        VerbPatterns.Pattern best = null;
        for (VerbPatterns.Pattern p : ps) {
            if (!p.particle().isEmpty() && !p.particle().equals(particle) && prepObject(t, v, Set.of(p.particle())) < 0) continue;
            if (!p.objects().isEmpty() && (patient < 0 || !isOneOf(t, patient, p.objects()))) continue;
            if (!p.modifiers().isEmpty() && (patient < 0 || !hasModifier(t, patient, p.modifiers()))) continue;
            if (!p.under().isEmpty() && !governedBy(t, v, p.under())) continue;
            if (p.intransitive() && (patient >= 0 || passive)) continue;
            if (!p.phrasePrep().isEmpty() && !hasPhrase(t, v, p.phrasePrep(), p.phraseHeads())) continue;
            if (best == null || p.specificity() > best.specificity()) best = p;
        }
        if (best == null) return;
        Set<String> preps = best.targetPreps().isEmpty() ? Set.of("on", "against", "with", "to") : best.targetPreps();
        int targetHead;
        if (!best.objects().isEmpty() || best.noTarget()) {
            targetHead = prepObject(t, v, preps);
            if (targetHead < 0 && patient >= 0 && !best.noTarget()) targetHead = nounPrepObject(t, patient, preps);
        } else if (patient >= 0) {
            targetHead = patient;
        } else {
            int iobj = t.child(v, "iobj");
            targetHead = iobj >= 0 ? iobj : best.targetPreps().isEmpty() ? -1 : prepObject(t, v, best.targetPreps());
        }
        Reporter reporter = Reporter.NONE;
        int sourceHead;
        int speechAux = speechAuxiliary(t, v);
        if (speechAux >= 0) {
            // "an attack that the Observatory said killed 87 people": the parser hangs "said" on the verb; the
            // verb's subject is the reporter, and the event's own subject is the noun the clause belongs to.
            int rep = t.child(v, "nsubj");
            reporter = reporterAt(s, t, rep, -1);
            sourceHead = t.rel(v).startsWith("acl") || t.rel(v).equals("dep") ? t.head(v) : -1;
        } else if (passive) {
            sourceHead = agentOfPassive(t, v);
        } else {
            sourceHead = controller(t, v);
            if (sourceHead < 0) sourceHead = t.subject(v);
        }
        if (!reporter.present()) reporter = reporter(s, t, v);
        // "failed to reach agreement": the act is the failure, told with the failing verb's modality.
        int moodAt = best.under().isEmpty() ? v : t.head(v);
        Mood mood = modality(s, t, moodAt, reporter);
        Modality modality = mood.modality();
        if (modality == Modality.DENIED) {
            Reporter denier = denier(s, t, v);
            if (denier.present()) reporter = denier;
        }
        List<EventActor> sources = actors(s, t, sourceHead);
        List<EventActor> targets = actors(s, t, targetHead);
        if (targets.isEmpty() && patient >= 0 && !best.noTarget()) {
            // The object is an act, not an actor ("condemned an attack by Osgiliath soldiers", "welcomed the
            // resumption of ties with Mordor"): the actor in its phrases is the target.
            if (!best.objects().isEmpty()) {
                // "expelled two Russian diplomats", "released Palestinian prisoners": the people acted on stand
                // for their country, unless they are the source's own ("withdrew its troops").
                targets = othersThan(actors(s, t, patient), sources);
            }
            if (targets.isEmpty()) targets = actorInPhrases(s, t, patient, 2);
            if (targets.isEmpty() && best.objects().isEmpty()) targets = actors(s, t, prepObject(t, v, preps));
            // "rejected an Indian proposal", "welcomed President Reagan's statement": whose act it is.
            if (targets.isEmpty()) targets = actorInModifiers(s, t, patient, sources);
        }
        String root = best.code().substring(0, 2);
        if (targets.isEmpty() && patient < 0 && Set.of("02", "10").contains(root)) {
            // "demanded that the US cancel its plans": the appeal or demand is made of the clause's subject.
            int clause = t.child(v, "ccomp");
            if (clause >= 0) {
                int sub = t.child(clause, "nsubj");
                if (sub < 0) sub = t.child(clause, "nsubj:pass");
                targets = actors(s, t, sub);
            }
        }
        if (targets.isEmpty() && !best.noTarget() && Set.of("02", "03", "12", "13").contains(root)) {
            // "offered to hand them over to Britain", "threatened to deliver blows to the United States":
            // the intent, refusal or threat is aimed at whom the intended act is aimed at.
            int act = t.child(v, "xcomp");
            if (act >= 0) targets = intendedTarget(s, t, act, sources);
        }
        boolean sourceIsReporter = false;
        if (sources.isEmpty() && passive && reporter.entity() >= 0 && root.compareTo("10") >= 0 && root.compareTo("17") <= 0) {
            // A government announcing its own measures in the passive ("sanctions could be imposed on Moscow").
            Optional<EventActor> rep = actorFromEntity(reporter.entity(), reporter.start(), reporter.end());
            if (rep.isPresent() && rep.get().role().filter("GOV"::equals).isPresent()) {
                sources = List.of(rep.get());
                sourceIsReporter = true;
            }
        }
        if (sources.isEmpty() && targets.isEmpty()) return;
        int aStart = t.token(v).start(), aEnd = t.token(v).end();
        if (prt >= 0 && prt > v && prt - v <= 3) aEnd = Math.max(aEnd, t.token(prt).end());
        if (!best.objects().isEmpty() && patient > v && patient - v <= 4) aEnd = Math.max(aEnd, t.token(patient).end());
        EventMention mention = new EventMention(s, aStart, aEnd, text.substring(aStart, aEnd), modality,
                reporter.entity(), reporter.text(), reporter.quote());
        emit(best.code(), sources, targets, mention, out);
        statement(s, t, best.code(), mood, sourceIsReporter, sources, targets, reporter, mention, out);
    }

    private static void emit(String code, List<EventActor> sources, List<EventActor> targets, EventMention mention, List<Found> out) {
        List<EventActor> src = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
        List<EventActor> tgt = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (EventActor a : src) {
            for (EventActor b : tgt) {
                if (a != null && b != null && a.code().equals(b.code()) && a.entity() == b.entity()) continue;
                out.add(new Found(code, a, b, mention));
            }
        }
    }

    /**
     * The statement an announced act makes, as CAMEO codes it: the source saying it will (or is ready to)
     * cooperate expresses intent, saying it will or could sanction or attack threatens, and a reporter
     * saying another must cooperate or yield demands it. The statement itself is a fact the text asserts
     * (or reports, when someone else tells of it); the act keeps its own modality.
     */
    private void statement(int s, Tree t, String code, Mood mood, boolean sourceIsReporter, List<EventActor> sources,
            List<EventActor> targets, Reporter reporter, EventMention act, List<Found> out) {
        Modality m = mood.modality();
        if (m != Modality.FUTURE && m != Modality.HYPOTHETICAL) return;
        if (mood.cue() == Cue.OBLIGATION) {
            Optional<String> demand = StatedIntent.demand(code);
            if (demand.isEmpty() || reporter.entity() < 0) return;
            Optional<EventActor> by = actorFromEntity(reporter.entity(), reporter.start(), reporter.end());
            if (by.isEmpty() || sources.stream().anyMatch(a -> a.entity() == reporter.entity())) return;
            EventMention said = new EventMention(act.sentence(), act.actionStart(), act.actionEnd(), act.action(),
                    Modality.ASSERTED, reporter.entity(), reporter.text(), reporter.quote());
            emit(demand.get(), List.of(by.get()), sources, said, out);
            return;
        }
        boolean announced = mood.cue() == Cue.ANNOUNCED || mood.cue() == Cue.COMMITMENT || sourceIsReporter;
        if (!announced || sources.isEmpty()) return;
        Optional<String> intent = StatedIntent.intentOrThreat(code);
        if (intent.isEmpty()) return;
        boolean bySource = !reporter.present() || sourceIsReporter
                || sources.stream().anyMatch(a -> a.entity() >= 0 && a.entity() == reporter.entity());
        if (!bySource && reporter.entity() >= 0) {
            Optional<EventActor> rep = actorFromEntity(reporter.entity(), -1, -1);
            bySource = rep.isPresent() && sources.stream().anyMatch(a -> a.code().equals(rep.get().code()));
        }
        EventMention said = new EventMention(act.sentence(), act.actionStart(), act.actionEnd(), act.action(),
                bySource ? Modality.ASSERTED : Modality.REPORTED, reporter.entity(), reporter.text(), reporter.quote());
        emit(intent.get(), sources, targets, said, out);
    }

    /**
     * An act named by a noun: "last week's US strike on a Syrian air base", "Tillerson's visit". The source is
     * the possessor, a name compounded with the noun, or its "by" phrase; the target its phrase with one of
     * the pattern's prepositions. Without a source there is no event (the text does not say who).
     */
    private void codeNoun(int s, Tree t, int n, List<VerbPatterns.Pattern> ps, List<Found> out) {
        VerbPatterns.Pattern best = null;
        for (VerbPatterns.Pattern p : ps) {
            if (!p.modifiers().isEmpty() && !hasModifier(t, n, p.modifiers())) continue;
            if (best == null || p.specificity() > best.specificity()) best = p;
        }
        if (best == null) return;
        List<EventActor> sources = List.of();
        for (int c : t.children(n)) {
            String r = t.rel(c);
            boolean possessor = r.equals("nmod:poss");
            boolean named = r.equals("compound") && t.pos(c).startsWith("NNP");
            boolean by = Tree.relIs(r, "nmod") && !possessor && t.caseOf(c).equals("by");
            if (!(possessor || named || by)) continue;
            sources = t.pos(c).startsWith("PRP") ? actorAt(s, t, c) : describe(s, t, c, List.of(c));
            if (!sources.isEmpty()) break;
        }
        // "Serb forces were engaged in ethnic cleansing", "the army carried out air strikes": the doer of a
        // verb that only says the act was done. Not when the verb has a pattern of its own for this noun
        // ("launched an attack" is coded as the verb).
        int light = sources.isEmpty() ? lightVerb(t, n) : -1;
        if (light >= 0) {
            int doer = agentOfPassive(t, light);
            if (doer < 0) doer = t.subject(light);
            if (doer < 0 && t.lemma(light).equals("engage")) doer = t.child(light, "nsubj:pass");
            sources = actors(s, t, doer);
        }
        if (sources.isEmpty()) return;
        List<EventActor> targets = List.of();
        Set<String> preps = best.targetPreps().isEmpty() ? Set.of("on", "against") : best.targetPreps();
        int tgt = nounPrepObject(t, n, preps);
        if (tgt < 0 && light >= 0) tgt = prepObject(t, light, preps);
        if (tgt < 0 && n + 1 < t.size() && preps.contains(t.lemma(n + 1))) {
            // "strike on a Syrian air base" with the phrase hung elsewhere: the noun its preposition marks.
            int h = t.head(n + 1);
            if (h > n + 1 && t.isNoun(h)) tgt = h;
        }
        if (tgt >= 0) targets = actors(s, t, tgt);
        Modality modality = Modality.ASSERTED;
        for (int c : t.children(n)) {
            if (!Tree.relIs(t.rel(c), "amod", "compound")) continue;
            if (Words.UNPROVEN.contains(t.lemma(c)) || Words.UNPROVEN.contains(t.word(c))) modality = Modality.HYPOTHETICAL;
            else if (modality == Modality.ASSERTED && (Words.PLANNED.contains(t.lemma(c)) || Words.PLANNED.contains(t.word(c)))) {
                modality = Modality.FUTURE;
            }
        }
        if (light >= 0 && modality == Modality.ASSERTED) {
            // The verb tells whether the act was done: "did not carry out", "plans to launch", "would wage".
            Modality lm = modality(s, t, light, reporter(s, t, light)).modality();
            if (lm != Modality.REPORTED) modality = lm;
        }
        // "on the eve of Tillerson's visit", "ahead of the talks": still to come.
        int up = t.head(n);
        if (modality == Modality.ASSERTED && up >= 0 && Words.BEFORE.contains(t.lemma(up))) modality = Modality.FUTURE;
        Reporter reporter = reporter(s, t, n);
        if (modality == Modality.ASSERTED && reporter.quote() >= 0) modality = Modality.REPORTED;
        EventMention mention = new EventMention(s, t.token(n).start(), t.token(n).end(), t.token(n).text(), modality,
                reporter.entity(), reporter.text(), reporter.quote());
        emit(best.code(), sources, targets, mention, out);
    }

    /**
     * The patient, seen through a quantity or part ("700 kg of medicine", "part of a stronghold": the
     * medicine, the stronghold) and through a determiner the parser made the head of a nominalised adjective
     * ("evacuated the wounded").
     */
    private static int patient(Tree t, int v, boolean passive) {
        int p = directPatient(t, v, passive);
        if (p < 0) return p;
        if (t.pos(p).equals("DT")) {
            for (int c : t.children(p)) if (t.rel(c).equals("amod")) return c;
            return p;
        }
        return throughQuantity(t, p);
    }

    /** The "of" phrase of a quantity or part noun ("thousands of refugees"), else the noun itself. */
    private static int throughQuantity(Tree t, int n) {
        if (!Words.QUANTITY.contains(t.lemma(n).toLowerCase(java.util.Locale.ROOT))) return n;
        for (int c : t.children(n)) {
            if (Tree.relIs(t.rel(c), "nmod") && t.caseOf(c).equals("of") && t.isNoun(c)) return c;
        }
        return n;
    }

    /** Whether the token's lemma or lower-cased form is one of these ("wounded" is tagged as the verb "wound"). */
    private static boolean isOneOf(Tree t, int k, Set<String> lemmas) {
        String w = t.word(k).toLowerCase(java.util.Locale.ROOT);
        if (lemmas.contains(t.lemma(k)) || lemmas.contains(w)) return true;
        // The lemmatiser leaves some plurals alone ("troops"): the singular of a plural noun.
        return t.pos(k).equals("NNS") && w.endsWith("s") && lemmas.contains(w.substring(0, w.length() - 1));
    }

    /** Whether the verb is the "to" complement of a verb with this lemma ("failed to reach"). */
    private static boolean governedBy(Tree t, int v, String lemma) {
        int h = t.head(v);
        return h >= 0 && t.rel(v).equals("xcomp") && t.lemma(h).equals(lemma) && t.isVerb(h);
    }

    /** Whether the verb has a phrase with this preposition whose head is one of these lemmas ("as human shields"). */
    private static boolean hasPhrase(Tree t, int v, String prep, Set<String> heads) {
        int o = prepObject(t, v, Set.of(prep));
        return o >= 0 && isOneOf(t, o, heads);
    }

    /**
     * The verb that only says an act named by a noun was done ("carried out strikes", "engaged in
     * cleansing", "waged a campaign"), with the noun as its object or "in" phrase; -1 when none, or when the
     * verb has a pattern of its own for the noun.
     */
    private int lightVerb(Tree t, int n) {
        int v = t.head(n);
        if (v < 0 || !t.isVerb(v) || !Words.LIGHT_VERBS.contains(t.lemma(v))) return -1;
        boolean object = t.rel(n).equals("obj") || t.rel(n).equals("nsubj:pass");
        boolean in = Tree.relIs(t.rel(n), "obl") && t.caseOf(n).equals("in");
        if (!object && !in) return -1;
        if (t.rel(n).equals("nsubj:pass") && agentOfPassive(t, v) < 0) return -1;
        String noun = t.lemma(n);
        for (VerbPatterns.Pattern p : patterns.forVerb(t.lemma(v))) {
            if (!p.noun() && p.objects().contains(noun)) return -1;
        }
        return v;
    }

    /** The patient: passive subject, the noun before a passive's auxiliaries, the noun a participle modifies, or the object. */
    private static int directPatient(Tree t, int v, boolean passive) {
        if (passive) {
            int sp = t.child(v, "nsubj:pass");
            int adjacent = -1;
            if (t.child(v, "aux") >= 0 || t.child(v, "aux:pass") >= 0) {
                // "sanctions could be imposed": the parser often loses or misplaces the passive subject; it is
                // the noun right before the auxiliary chain.
                int k = v - 1;
                while (k >= 0 && (Tree.relIs(t.rel(k), "aux") || t.pos(k).equals("MD") || t.pos(k).startsWith("RB")
                        || t.word(k).equals("be") || t.word(k).equals("been"))) k--;
                if (k >= 0 && t.pos(k).startsWith("NN")) adjacent = k;
            }
            if (sp >= 0 && (adjacent < 0 || sp == adjacent || !verbBetween(t, sp, adjacent))) return antecedent(t, sp);
            if (adjacent >= 0) return adjacent;
            if (t.rel(v).startsWith("acl") && t.head(v) >= 0) return t.head(v);
        }
        int obj = t.child(v, "obj");
        if (obj >= 0) return antecedent(t, obj);
        return passive ? -1 : nounAfter(t, v);
    }

    /**
     * The head of the noun phrase right after an active verb that the parser gave no object, as it does
     * when a reporting clause follows ("The Palestinians reject proposed Israeli changes ..., X said") or a
     * date stands between ("rejected Thursday a United Nations appeal"); -1 when a preposition, clause or
     * punctuation comes first.
     */
    private static int nounAfter(Tree t, int v) {
        for (int k = v + 1; k < t.size() && k <= v + 6; k++) {
            String p = t.pos(k);
            if (Tree.relIs(t.rel(k), "obl:tmod", "nmod:tmod") || t.rel(k).equals("advmod")) continue;
            if (p.startsWith("NN")) {
                int h = k;
                while (Tree.relIs(t.rel(h), "compound", "flat", "amod") && t.head(h) > h && t.head(h) <= v + 8) h = t.head(h);
                return t.isNoun(h) && t.child(h, "case") < 0 ? h : -1;
            }
            boolean modifier = p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("PRP$") || p.equals("HYPH")
                    || (Tree.relIs(t.rel(k), "amod") && t.head(k) > k);
            if (!modifier) return -1;
        }
        return -1;
    }

    private static boolean verbBetween(Tree t, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (t.isVerb(k)) return true;
        return false;
    }

    /** A relative pronoun's antecedent (the noun its clause modifies), else the token itself. */
    private static int antecedent(Tree t, int k) {
        if (Words.RELATIVE.contains(t.word(k)) && !t.pos(k).startsWith("NN")) {
            int clause = t.head(k);
            if (clause >= 0 && t.rel(clause).startsWith("acl") && t.head(clause) >= 0) return t.head(clause);
        }
        return k;
    }

    private static boolean hasModifier(Tree t, int noun, Set<String> lemmas) {
        for (int c : t.children(noun)) {
            if ((Tree.relIs(t.rel(c), "amod", "compound", "nmod")) && isOneOf(t, c, lemmas)) return true;
        }
        return false;
    }

    /** The object of a prepositional phrase on the verb with one of these prepositions, or -1. */
    private static int prepObject(Tree t, int v, Set<String> preps) {
        // The nearest such phrase after the verb, else the nearest before it (parsers attach stray phrases to verbs).
        int best = -1;
        for (int c : t.children(v)) {
            if (Tree.relIs(t.rel(c), "obl", "nmod", "advcl") && preps.contains(t.caseOf(c))) {
                if (best < 0 || (c > v && (best < v || c < best)) || (c < v && best < v && c > best)) best = c;
            }
        }
        if (best >= 0) return antecedent(t, best);
        // The parser sometimes attaches the phrase elsewhere: look right of the verb for "PREP ... NOUN".
        for (int k = v + 1; k < t.size() && k <= v + 4; k++) {
            if (t.pos(k).equals(".") || t.pos(k).equals(",") || (t.isVerb(k) && k > v + 1)) break;
            if ((t.pos(k).equals("IN") || t.pos(k).equals("TO")) && preps.contains(t.lemma(k))) {
                int h = t.head(k);
                if (h > k && t.isNoun(h)) return h;
            }
        }
        return -1;
    }

    /** The actors of the first "by/with/to/against/on/between/of" phrase under a noun that names any, depth first. */
    private List<EventActor> actorInPhrases(int s, Tree t, int noun, int depth) {
        for (int c : t.children(noun)) {
            if (!Tree.relIs(t.rel(c), "nmod") || t.rel(c).equals("nmod:poss")) continue;
            if (!Set.of("by", "with", "to", "against", "on", "between", "of").contains(t.caseOf(c))) continue;
            List<EventActor> a = actors(s, t, c);
            if (!a.isEmpty()) return a;
            if (depth > 1) {
                a = actorInPhrases(s, t, c, depth - 1);
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /**
     * The actor an act named by a noun belongs to, from its modifiers: a possessor ("Reagan's statement"), a
     * nationality or country ("an Indian proposal", "US plans"). Role words alone ("military aid") name no
     * one; the source itself is no target.
     */
    private List<EventActor> actorInModifiers(int s, Tree t, int noun, List<EventActor> sources) {
        for (int c : t.children(noun)) {
            if (!Tree.relIs(t.rel(c), "nmod:poss", "amod", "compound")) continue;
            if (t.pos(c).startsWith("PRP")) continue;
            List<EventActor> a = new ArrayList<>(actorAt(s, t, c));
            a.removeIf(x -> x.code().startsWith("---") || sources.stream().anyMatch(o -> o.code().equals(x.code())));
            if (!a.isEmpty()) return a;
        }
        return List.of();
    }

    /**
     * Whom an intended act is aimed at: its "to/with/against/on/at/into" phrase, its indirect object, its
     * object when that names another actor than the source, or the actor in its object's phrases.
     */
    private List<EventActor> intendedTarget(int s, Tree t, int act, List<EventActor> sources) {
        List<EventActor> a = actors(s, t, prepObject(t, act, Set.of("to", "with", "against", "on", "at", "into")));
        if (a.isEmpty()) a = actors(s, t, t.child(act, "iobj"));
        int obj = t.child(act, "obj");
        if (a.isEmpty() && obj >= 0) {
            a = othersThan(actors(s, t, obj), sources);
            if (a.isEmpty()) a = actorInPhrases(s, t, obj, 2);
        }
        return a;
    }

    /** The actors with a known country other than every source's country. */
    private static List<EventActor> othersThan(List<EventActor> actors, List<EventActor> sources) {
        List<EventActor> out = new ArrayList<>(actors);
        out.removeIf(x -> x.code().startsWith("---")
                || sources.stream().anyMatch(o -> o.country().isPresent() && o.country().equals(x.country())));
        return out;
    }

    /** The object of a prepositional phrase on a noun ("ties with Assad"), or -1. */
    private static int nounPrepObject(Tree t, int noun, Set<String> preps) {
        for (int c : t.children(noun)) {
            if (Tree.relIs(t.rel(c), "nmod") && preps.contains(t.caseOf(c))) return c;
        }
        return -1;
    }

    private static int agentOfPassive(Tree t, int v) {
        for (int c : t.children(v)) {
            if (t.rel(c).equals("obl:agent") || (Tree.relIs(t.rel(c), "obl") && t.caseOf(c).equals("by"))) return c;
        }
        return -1;
    }

    /**
     * The subject of a "to" infinitive controlled by its head's object: "urged Russia to cut ties", "put
     * pressure on Russia to break its ties", "invited the ministers to sit down". -1 when not controlled.
     */
    private static int controller(Tree t, int v) {
        if (t.child(v, "nsubj") >= 0 || !hasTo(t, v)) return -1;
        int h = t.head(v);
        if (h < 0 || !(t.rel(v).equals("xcomp") || t.rel(v).startsWith("advcl") || t.rel(v).equals("ccomp"))) return -1;
        int obj = t.child(h, "obj");
        if (obj >= 0 && Words.HYPOTHETICAL_HEADS.contains(t.lemma(obj))) {
            int on = prepObject(t, h, Set.of("on"));
            if (on >= 0) return on;
        }
        if (Words.OBJECT_CONTROL.contains(t.lemma(h)) && obj >= 0) return obj;
        return -1;
    }

    private static boolean hasTo(Tree t, int v) {
        for (int c : t.children(v)) if (t.rel(c).equals("mark") && t.word(c).equals("to")) return true;
        return v > 0 && t.word(v - 1).equals("to") && t.pos(v - 1).equals("TO");
    }

    /** A speech verb the parser hung on this verb as an auxiliary or dependent ("that X said killed"), or -1. */
    private static int speechAuxiliary(Tree t, int v) {
        for (int c : t.children(v)) {
            if (c < v && Words.SPEECH.contains(t.lemma(c)) && t.isVerb(c)
                    && (Tree.relIs(t.rel(c), "aux") || t.rel(c).equals("dep") || t.rel(c).equals("advmod"))) return c;
        }
        return -1;
    }

    // ---- provenance and modality ----

    /** Who reports the event: the speaker of a quotation holding it, else the subject of a speech verb above it. */
    private Reporter reporter(int s, Tree t, int v) {
        int at = t.token(v).start();
        Quote best = null;
        int bestIndex = -1;
        List<Quote> quotes = ann.quotes();
        for (int q = 0; q < quotes.size(); q++) {
            Quote qt = quotes.get(q);
            if (qt.start() <= at && at < qt.end() && qt.verbStart() != at && (qt.speaker() >= 0 || qt.speakerText().isPresent())) {
                if (best == null || qt.end() - qt.start() < best.end() - best.start()) {
                    best = qt;
                    bestIndex = q;
                }
            }
        }
        if (best != null) return new Reporter(best.speaker(), best.speakerText(), bestIndex, best.speakerStart(), best.speakerEnd());
        int cur = v;
        for (int step = 0; step < 5; step++) {
            int h = t.head(cur);
            if (h < 0 || !Tree.relIs(t.rel(cur), "ccomp", "xcomp", "dep", "parataxis", "advcl")) break;
            if (Words.SPEECH.contains(t.lemma(h)) && t.isVerb(h)) return reporterAt(s, t, t.subject(h), -1);
            cur = h;
        }
        return Reporter.NONE;
    }

    private Reporter reporterAt(int s, Tree t, int head, int quote) {
        if (head < 0) return Reporter.NONE;
        int e = entityOfToken(s, t, head, 0);
        List<Integer> span = npTokens(t, head);
        int a = t.token(span.get(0)).start(), b = t.token(span.get(span.size() - 1)).end();
        return new Reporter(e, Optional.of(text.substring(a, b)), quote, a, b);
    }

    /** The subject of the deny/reject verb above a denied event. */
    private Reporter denier(int s, Tree t, int v) {
        int cur = v;
        for (int step = 0; step < 4; step++) {
            int h = t.head(cur);
            if (h < 0) break;
            if (Words.DENY.contains(t.lemma(h)) && t.isVerb(h)) return reporterAt(s, t, t.subject(h), -1);
            cur = h;
        }
        return Reporter.NONE;
    }

    private Mood modality(int s, Tree t, int v, Reporter reporter) {
        if (negated(t, v) || (t.rel(v).equals("xcomp") && t.head(v) >= 0 && negated(t, t.head(v)))) {
            return new Mood(Modality.NEGATED, Cue.NONE);
        }
        // Denied: the event is the content of a denial, or of an accusation that is rejected.
        int cur = v;
        for (int step = 0; step < 4; step++) {
            int h = t.head(cur);
            if (h < 0) break;
            String rel = t.rel(cur);
            if (!Tree.relIs(rel, "ccomp", "xcomp", "dep", "obj", "acl", "csubj", "advcl")) break;
            if (Words.DENY.contains(t.lemma(h)) && t.isVerb(h)) return new Mood(Modality.DENIED, Cue.NONE);
            if (Words.ALLEGATION.contains(t.lemma(h)) && t.pos(h).startsWith("NN")) {
                int g = t.head(h);
                if (g >= 0 && Words.DENY.contains(t.lemma(g))) return new Mood(Modality.DENIED, Cue.NONE);
                return new Mood(Modality.HYPOTHETICAL, Cue.OTHER);
            }
            cur = h;
        }
        Cue cue = Cue.NONE;
        boolean hypothetical = false, future = false;
        if (t.hasAux(v, Words.OBLIGATION_AUX)) {
            hypothetical = true;
            cue = Cue.OBLIGATION;
        } else if (t.hasAux(v, Words.CONDITION)) {
            hypothetical = true;
            cue = Cue.OTHER;
        } else if (t.hasAux(v, Words.HYPOTHETICAL_AUX)) {
            hypothetical = true;
            cue = t.hasAux(v, Words.ANNOUNCING_AUX) ? Cue.ANNOUNCED : Cue.OTHER;
        } else if (t.hasAux(v, Words.FUTURE_AUX) || goingTo(t, v)) {
            future = true;
            cue = Cue.ANNOUNCED;
        }
        if (!hypothetical && !future) {
            cur = v;
            boolean decided = false;
            for (int step = 0; step < 5 && !decided; step++) {
                int h = t.head(cur);
                String rel = t.rel(cur);
                // Up through clausal complements, and through a noun only as an object or a participle's head
                // ("keen to see [sanctions imposed]"), never through modifiers of nouns.
                if (h < 0 || !Tree.relIs(rel, "xcomp", "advcl", "acl", "ccomp", "obj")) break;
                if (Tree.relIs(rel, "advcl", "acl") && t.hasAux(cur, Words.CONDITION)) {
                    hypothetical = true;
                    cue = Cue.OTHER;
                    break;
                }
                if (Words.SPEECH.contains(t.lemma(h)) && t.isVerb(h)) break;
                int hObj = t.child(h, "obj");
                boolean commits = Words.COMMITMENT_HEADS.contains(t.lemma(h));
                if (Words.HYPOTHETICAL_HEADS.contains(t.lemma(h)) || (hObj >= 0 && hObj != cur
                        && Words.HYPOTHETICAL_HEADS.contains(t.lemma(hObj)) && t.pos(hObj).startsWith("NN"))) {
                    hypothetical = true;
                    cue = commits ? Cue.COMMITMENT : Cue.OTHER;
                    decided = true;
                } else if (Words.FUTURE_HEADS.contains(t.lemma(h))) {
                    future = true;
                    cue = commits ? Cue.COMMITMENT : Cue.OTHER;
                    decided = true;
                } else if (t.hasAux(h, Words.HYPOTHETICAL_AUX) || t.hasAux(h, Words.CONDITION)) {
                    hypothetical = true;
                    cue = Cue.OTHER;
                    decided = true;
                } else if (t.hasAux(h, Words.FUTURE_AUX)) {
                    future = true;
                    cue = Cue.ANNOUNCED;
                    decided = true;
                }
                cur = h;
            }
            // An infinitive nothing above makes planned is an aim, not a fact ("to break its ties").
            if (!decided && !hypothetical && hasTo(t, v)) {
                hypothetical = true;
                cue = Cue.OTHER;
            }
        }
        if (!hypothetical && imperative(t, v)) {
            hypothetical = true;
            cue = Cue.OTHER;
        }
        if (hypothetical) return new Mood(Modality.HYPOTHETICAL, cue);
        if (future) return new Mood(Modality.FUTURE, cue);
        return new Mood(reporter.present() ? Modality.REPORTED : Modality.ASSERTED, Cue.NONE);
    }

    private static boolean negated(Tree t, int v) {
        for (int c : t.children(v)) {
            if ((t.rel(c).equals("advmod") || t.rel(c).equals("neg") || t.rel(c).equals("det"))
                    && Words.NEGATION.contains(t.word(c))) return true;
        }
        return false;
    }

    private static boolean goingTo(Tree t, int v) {
        int h = t.head(v);
        return h >= 0 && t.lemma(h).equals("go") && t.pos(h).equals("VBG") && hasTo(t, v);
    }

    /** A bare verb heading its sentence with no subject or auxiliary: an imperative ("stick with us"). */
    private static boolean imperative(Tree t, int v) {
        if (!t.pos(v).equals("VB") || t.child(v, "nsubj") >= 0 || t.child(v, "aux") >= 0 || t.child(v, "mark") >= 0) return false;
        String rel = t.rel(v);
        return rel.equals("root") || ((rel.equals("conj") || rel.equals("dep")) && t.head(v) >= 0 && t.child(t.head(v), "nsubj") < 0);
    }

    // ---- actors ----

    /** The actors a nominal names: itself and its conjuncts ("Trump and May"), each coded. */
    private List<EventActor> actors(int s, Tree t, int head) {
        List<EventActor> out = new ArrayList<>();
        if (head < 0) return out;
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        if (!t.isVerb(head)) for (int c : t.children(head)) if (t.rel(c).equals("conj") && !t.isVerb(c)) heads.add(c);
        for (int h : heads) {
            for (EventActor a : actorAt(s, t, h)) {
                boolean dup = false;
                for (EventActor o : out) dup |= o.code().equals(a.code()) && o.entity() == a.entity();
                if (!dup) out.add(a);
            }
        }
        return out;
    }

    private List<EventActor> actorAt(int s, Tree t, int h) {
        int ante = antecedent(t, h);
        if (ante != h) return actorAt(s, t, ante);
        String p = t.pos(h);
        if (p.equals("PRP") || p.equals("PRP$")) {
            // "Palestinian leaders said they would boycott": the speaker's whole description, role included.
            List<EventActor> speaker = speakerOfPronoun(s, t, h);
            if (!speaker.isEmpty()) return speaker;
            int e = resolvePronoun(s, t, h, 0);
            if (e < 0) return List.of();
            return actorFromEntity(e, t.token(h).start(), t.token(h).end()).map(List::of).orElse(List.of());
        }
        if (!t.isNoun(h) && !p.startsWith("JJ")) return List.of();
        return describe(s, t, h, npTokens(t, h));
    }

    /**
     * The actors of the speaker a subject pronoun refers to ("Obama and Putin said they will", "the rebels
     * said they would"): the subject of the speech verb above it, when it is a noun phrase that agrees with
     * the pronoun (a person for he/she, a plural or coordination for they, a singular non-person for it).
     */
    private List<EventActor> speakerOfPronoun(int s, Tree t, int k) {
        if (!Tree.relIs(t.rel(k), "nsubj")) return List.of();
        String w = t.word(k).toLowerCase(java.util.Locale.ROOT);
        int a = k;
        for (int step = 0; step < 6; step++) {
            a = t.head(a);
            if (a < 0) return List.of();
            if (Words.SPEECH.contains(t.lemma(a)) && t.isVerb(a)) break;
        }
        if (a < 0) return List.of();
        int sub = t.subject(a);
        if (sub < 0 || sub == k || t.pos(sub).startsWith("PRP")) return List.of();
        int e = entityOfToken(s, t, sub, 0);
        boolean person = e >= 0 && ann.entities().get(e).type() == EntityType.PERSON;
        boolean plural = t.pos(sub).endsWith("S") || t.child(sub, "conj") >= 0;
        boolean agrees = Words.PERSONAL.contains(w) ? person && !plural
                : Words.PLURAL.contains(w) ? plural
                : Words.NEUTER.contains(w) && !person && !plural;
        return agrees ? actors(s, t, sub) : List.of();
    }

    /** The tokens of a noun phrase: the head with its modifiers and "of/from/for" phrases, no clauses. */
    private static List<Integer> npTokens(Tree t, int h) {
        Set<Integer> in = new java.util.TreeSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        in.add(h);
        todo.add(h);
        while (!todo.isEmpty()) {
            int k = todo.poll();
            for (int c : t.children(k)) {
                String r = t.rel(c);
                boolean take = Tree.relIs(r, "compound", "amod", "flat", "nummod", "det", "nmod:poss", "fixed")
                        || (Tree.relIs(r, "nmod") && !r.equals("nmod:poss") && Set.of("of", "from", "for").contains(t.caseOf(c)))
                        || (k != h && Tree.relIs(r, "conj", "cc", "case"));
                if (take && in.add(c)) todo.add(c);
            }
        }
        return new ArrayList<>(in);
    }

    private List<EventActor> describe(int s, Tree t, int h, List<Integer> span) {
        int start = t.token(span.get(0)).start(), end = t.token(span.get(span.size() - 1)).end();
        List<String> countries = new ArrayList<>();
        Map<String, String> countryNames = new java.util.HashMap<>();
        String nameCode = null;
        String role = null;
        int entity = -1;
        int headEntity = -1;
        int hStart = t.token(h).start();
        List<Entity> entities = ann.entities();
        for (Mention m : mentionsBySentence.get(s)) {
            if (m.entity() < 0 || m.entity() >= entities.size() || m.end() <= start || m.start() >= end) continue;
            if (!inSpan(t, span, m)) continue;
            Entity e = entities.get(m.entity());
            if (m.start() <= hStart && hStart < m.end()) headEntity = e.id();
            switch (e.type()) {
                case COUNTRY, NATIONALITY, STATE_OR_PROVINCE, CITY -> e.country().ifPresent(c -> {
                    if (!countries.contains(c)) countries.add(c);
                    countryNames.putIfAbsent(c, m.text());
                });
                case PERSON -> {
                    Optional<String> pc = personCode(e, 0);
                    if (pc.isPresent() && nameCode == null) nameCode = pc.get();
                    if (entity < 0) entity = e.id();
                }
                default -> {
                    Optional<String> oc = nameOf(e);
                    if (oc.isPresent() && nameCode == null) nameCode = oc.get();
                    else if (oc.isEmpty()) e.country().ifPresent(c -> { if (!countries.contains(c)) countries.add(c); });
                    if (entity < 0) entity = e.id();
                }
            }
        }
        if (headEntity >= 0) entity = headEntity;
        if (nameCode == null) nameCode = dictionaryName(t, span).orElse(null);
        ActorLexicon.RoleCode rc = roleOf(t, h, span);
        if (rc != null) role = rc.code();
        // "his country", "its government", "his own people": the possessor's country.
        if (countries.isEmpty() && nameCode == null) {
            int poss = t.child(h, "nmod:poss");
            if (poss >= 0 && (t.pos(poss).equals("PRP$") || t.pos(poss).equals("PRP"))) {
                int e = resolvePronoun(s, t, poss, 0);
                if (e >= 0) {
                    Optional<String> c = countryOf(entities.get(e));
                    c.ifPresent(countries::add);
                }
            }
        }
        // "the foreign ministers from Turkey, Saudi Arabia ... and Qatar" with the phrase attached elsewhere.
        if (countries.isEmpty() && nameCode == null && role != null) {
            int last = span.get(span.size() - 1);
            if (last + 1 < t.size() && Set.of("from", "of", "in").contains(t.lemma(last + 1))) {
                for (int k = last + 2; k < t.size(); k++) {
                    if (t.isVerb(k) || t.pos(k).equals("TO") || t.pos(k).equals(".") || t.rel(k).equals("mark")) break;
                    int ek = entityAt(s, t.token(k).start());
                    if (ek >= 0 && entities.get(ek).type().isPlace() || ek >= 0 && entities.get(ek).type() == EntityType.NATIONALITY) {
                        Entity ce = entities.get(ek);
                        ce.country().ifPresent(c -> {
                            if (!countries.contains(c)) countries.add(c);
                            countryNames.putIfAbsent(c, ce.name());
                        });
                    }
                }
            }
        }
        List<EventActor> out = new ArrayList<>();
        String name = entity >= 0 ? entities.get(entity).name() : text.substring(start, end);
        if (nameCode != null) {
            // A listed or titled name with a role ("GBRGOV", "IGOGOS") is the whole code; a bare country code
            // joins the phrase's countries and takes its role word.
            if (nameCode.length() != 3) {
                out.add(actor(nameCode, name, entity, start, end));
                return out;
            }
            if (!countries.contains(nameCode)) countries.add(0, nameCode);
        }
        if (countries.isEmpty() && role == null) return out;
        if (countries.isEmpty() && entity < 0 && roleOfWord(t, h) == null && !t.pos(h).startsWith("JJ")
                && span.stream().noneMatch(k -> k != h && roleOfWord(t, k) != null
                        && (Character.isUpperCase(t.token(k).text().charAt(0)) || Tree.relIs(t.rel(k), "nmod")))) {
            // "official contact", "military aid": a role word modifying a thing names no actor; a title does
            // ("President obama"), and so does the "of" phrase of a quantity ("hundreds of protesters").
            return out;
        }
        if (countries.isEmpty()) {
            out.add(actor(rc != null && rc.prefix() ? role + "---" : "---" + role, name, entity, start, end));
            return out;
        }
        String r = role == null ? "" : role;
        for (String c : countries) {
            String code = rc != null && rc.prefix() ? r + c : c + r;
            // Several countries in one phrase ("Syrian and Russian military figures"): one actor each, named by
            // the country's words and the phrase's head.
            String nm = countries.size() > 1 ? countryNames.getOrDefault(c, c) + " " + t.token(h).text() : name;
            out.add(actor(code, nm, countries.size() > 1 ? -1 : entity, start, end));
        }
        return out;
    }

    private boolean inSpan(Tree t, List<Integer> span, Mention m) {
        for (int k : span) {
            if (t.token(k).start() < m.end() && t.token(k).end() > m.start()) return true;
        }
        return false;
    }

    private int entityAt(int s, int offset) {
        for (Mention m : mentionsBySentence.get(s)) if (m.start() <= offset && offset < m.end()) return m.entity();
        return -1;
    }

    private EventActor actor(String code, String name, int entity, int start, int end) {
        Optional<String> country = Optional.empty();
        Optional<String> role = Optional.empty();
        if (code.length() >= 3) {
            String c = code.substring(0, 3);
            if (c.chars().allMatch(Character::isLetter) && !Set.of("IGO", "NGO", "IMG", "MNC").contains(c)) {
                country = Optional.of(c);
                if (code.length() >= 6) role = Optional.of(code.substring(3, 6));
            } else if (c.equals("---") && code.length() >= 6) {
                role = Optional.of(code.substring(3, 6));
            }
        }
        return new EventActor(code, country, role, name, entity, Math.max(0, start), Math.max(Math.max(0, start), end));
    }

    /** An entity's actor: a person's title and country, a country, or an organisation's listed code. */
    private Optional<EventActor> actorFromEntity(int id, int start, int end) {
        Entity e = ann.entities().get(id);
        Optional<String> code = switch (e.type()) {
            case PERSON -> personCode(e, 0);
            case COUNTRY, NATIONALITY, STATE_OR_PROVINCE, CITY -> e.country();
            default -> nameOf(e).or(e::country);
        };
        if (code.isEmpty()) return Optional.empty();
        int a = start >= 0 && end > start ? start : 0, b = start >= 0 && end > start ? end : 0;
        return Optional.of(actor(code.get(), e.name(), e.id(), a, b));
    }

    /** A person's code: country and role from the article's titles first, then the shipped list. */
    private Optional<String> personCode(Entity e, int depth) {
        String country = null, role = null;
        for (Role r : e.roles()) {
            if (country == null && r.country().isPresent()) country = r.country().get();
            if (role == null) {
                Optional<ActorLexicon.RoleCode> rc = lexicon.role(r.title());
                if (rc.isEmpty()) {
                    String[] words = r.title().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                    rc = lexicon.role(words[words.length - 1]);
                    if (rc.isEmpty()) rc = lexicon.role(words[0]);
                }
                if (rc.isPresent()) role = rc.get().code();
            }
            if (r.affiliation() >= 0 && r.affiliation() < ann.entities().size() && depth < 2) {
                Optional<String> aff = personCode(ann.entities().get(r.affiliation()), depth + 1);
                if (aff.isPresent() && aff.get().length() >= 3) {
                    if (country == null) country = aff.get().substring(0, 3);
                    if (role == null && aff.get().length() >= 6) role = aff.get().substring(3, 6);
                }
            }
        }
        if (country == null || role == null) {
            Optional<String> listed = nameOf(e);
            if (listed.isPresent()) {
                String l = listed.get();
                if (country == null && role == null) return listed;
                if (country == null && l.length() >= 3) country = l.substring(0, 3);
                if (role == null && l.length() >= 6 && l.substring(0, 3).equals(country)) role = l.substring(3, 6);
            }
        }
        if (country == null) country = e.country().orElse(null);
        if (country == null && role == null) return Optional.empty();
        return Optional.of((country == null ? "---" : country) + (role == null ? "" : role));
    }

    private Optional<String> nameOf(Entity e) {
        Optional<String> c = lexicon.name(e.name(), date);
        if (c.isPresent()) return c;
        for (String a : e.aliases()) {
            c = lexicon.name(a, date);
            if (c.isPresent()) return c;
        }
        // A person the text names by surname only ("Obama", "President Bush"): a listed person of that surname.
        // Not when the text gives a full name the list lacks ("Michelle Obama" is not the president).
        if (e.type() == EntityType.PERSON && !e.name().contains(" ") && e.aliases().stream().noneMatch(a -> a.contains(" "))) {
            return lexicon.surname(e.name(), date);
        }
        return Optional.empty();
    }

    private Optional<String> countryOf(Entity e) {
        if (e.type() == EntityType.PERSON) {
            for (Role r : e.roles()) if (r.country().isPresent()) return r.country();
            Optional<String> pc = personCode(e, 0);
            if (pc.isPresent() && pc.get().length() >= 3 && !pc.get().startsWith("---")) return Optional.of(pc.get().substring(0, 3));
        }
        return e.country();
    }

    /** The longest listed name inside the phrase, as a word sequence (for names the tagger missed). */
    private Optional<String> dictionaryName(Tree t, List<Integer> span) {
        int first = span.get(0), last = span.get(span.size() - 1);
        for (int len = Math.min(lexicon.longestName(), last - first + 1); len >= 1; len--) {
            for (int i = first; i + len - 1 <= last; i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    if (k > i) sb.append(' ');
                    sb.append(t.token(k).text());
                }
                Optional<String> c = lexicon.name(sb.toString(), date);
                if (c.isPresent() && (len > 1 || Character.isUpperCase(t.token(i).text().charAt(0)))) return c;
            }
        }
        return Optional.empty();
    }

    /** The role a word itself gives, by lemma or form, or null. */
    private ActorLexicon.RoleCode roleOfWord(Tree t, int k) {
        return lexicon.role(t.lemma(k)).or(() -> lexicon.role(t.word(k))).orElse(null);
    }

    /**
     * The role word nearest the head: the head itself, then its modifiers right to left. A head that says only
     * that someone speaks for or leads a group ("rebel leaders", "opposition spokesman") takes the group's
     * role from its modifiers.
     */
    private ActorLexicon.RoleCode roleOf(Tree t, int h, List<Integer> span) {
        List<Integer> order = new ArrayList<>();
        order.add(h);
        for (int i = span.size() - 1; i >= 0; i--) if (span.get(i) != h) order.add(span.get(i));
        for (int k : order) {
            // Also for a leader inside the phrase ("the computers of army officers"), not only at its head.
            if (Words.LEADING.contains(t.lemma(k))) {
                for (int m : order) {
                    if (m == k || !Tree.relIs(t.rel(m), "amod", "compound") || t.head(m) != k) continue;
                    ActorLexicon.RoleCode rc = roleOfWord(t, m);
                    if (rc != null && !rc.code().equals("GOV")) return rc;
                }
            }
            for (int len = Math.min(lexicon.longestRole(), 4); len >= 1; len--) {
                for (int from = k - len + 1; from <= k; from++) {
                    if (from < 0 || from + len > t.size()) continue;
                    StringBuilder sb = new StringBuilder();
                    for (int j = from; j < from + len; j++) {
                        if (j > from) sb.append(' ');
                        sb.append(j == from + len - 1 || len == 1 ? t.lemma(j) : t.word(j));
                    }
                    Optional<ActorLexicon.RoleCode> rc = lexicon.role(sb.toString());
                    if (rc.isEmpty() && len == 1) rc = lexicon.role(t.word(k));
                    if (rc.isPresent()) return rc.get();
                }
            }
        }
        return null;
    }

    /** The entity a token names: the mention holding it, or a pronoun's antecedent. */
    private int entityOfToken(int s, Tree t, int k, int depth) {
        if (k < 0) return -1;
        String p = t.pos(k);
        if ((p.equals("PRP") || p.equals("PRP$")) && depth < 2) return resolvePronoun(s, t, k, depth + 1);
        int e = entityAt(s, t.token(k).start());
        if (e >= 0) return e;
        for (int c : t.children(k)) {
            if (Tree.relIs(t.rel(c), "compound", "flat", "nmod")) {
                int ec = entityAt(s, t.token(c).start());
                if (ec >= 0) return ec;
            }
        }
        return -1;
    }

    /**
     * A pronoun's entity: the subject of a speech verb above it when compatible ("Britain said it"), else the
     * nearest compatible entity before it in the sentence, else the last compatible subject in the three
     * sentences before.
     */
    private int resolvePronoun(int s, Tree t, int k, int depth) {
        String w = t.word(k);
        Set<EntityType> ok;
        if (Words.PERSONAL.contains(w)) ok = Set.of(EntityType.PERSON);
        else if (Words.NEUTER.contains(w)) ok = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION);
        else if (Words.PLURAL.contains(w)) ok = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.NATIONALITY);
        else return -1;
        List<Entity> entities = ann.entities();
        int a = k;
        for (int step = 0; step < 6; step++) {
            a = t.head(a);
            if (a < 0) break;
            if (Words.SPEECH.contains(t.lemma(a)) && t.isVerb(a)) {
                int sub = t.subject(a);
                if (sub >= 0 && sub != k && depth < 2) {
                    int e = entityOfToken(s, t, sub, depth + 1);
                    if (e >= 0 && ok.contains(entities.get(e).type())) return e;
                }
                break;
            }
        }
        int offset = t.token(k).start();
        List<Mention> here = mentionsBySentence.get(s);
        for (int i = here.size() - 1; i >= 0; i--) {
            Mention m = here.get(i);
            if (m.start() < offset && m.entity() >= 0 && ok.contains(entities.get(m.entity()).type())) return m.entity();
        }
        for (int ps = s - 1; ps >= 0 && ps >= s - 3; ps--) {
            Tree pt = trees.get(ps);
            int fallback = -1;
            List<Mention> ms = mentionsBySentence.get(ps);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.entity() < 0 || !ok.contains(entities.get(m.entity()).type())) continue;
                int tok = tokenAt(pt, m.start());
                if (tok >= 0 && Tree.relIs(pt.rel(tok), "nsubj") || tok >= 0 && isSubjectHead(pt, tok)) return m.entity();
                if (fallback < 0) fallback = m.entity();
            }
            if (fallback >= 0) return fallback;
        }
        return -1;
    }

    private static boolean isSubjectHead(Tree t, int tok) {
        int h = t.head(tok);
        return h >= 0 && Tree.relIs(t.rel(tok), "compound", "flat") && Tree.relIs(t.rel(h), "nsubj");
    }

    private static int tokenAt(Tree t, int offset) {
        for (int i = 0; i < t.size(); i++) if (t.token(i).start() <= offset && offset < t.token(i).end()) return i;
        return -1;
    }

    // ---- de-duplication ----

    private List<Event> merge(List<Found> found) {
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.code() + '|' + (f.source() == null ? "" : f.source().code()) + '|'
                    + (f.target() == null ? "" : f.target().code()) + '|' + f.mention().modality();
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
        }
        List<Event> out = new ArrayList<>();
        for (List<Found> g : groups.values()) {
            Found first = g.get(0);
            CameoCodes.Code c = codes.get(first.code()).orElseThrow(() -> new IllegalStateException("unknown code " + first.code()));
            Set<EventMention> mentions = new LinkedHashSet<>();
            for (Found f : g) mentions.add(f.mention());
            out.add(new Event(out.size(), c.code(), c.label(), c.goldstein(), c.quadClass(), c.plover(),
                    Optional.ofNullable(first.source()), Optional.ofNullable(first.target()),
                    first.mention().modality(), new ArrayList<>(mentions)));
        }
        return out;
    }
}
