package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.code.dict.VerbPattern;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Modality;

/**
 * Codes a verb: the best pattern ({@link PatternMatcher}), its source and target from the parse, its modality
 * and reporter ({@link Provenance}), and the statement an announced act makes (an intent, threat or demand,
 * as CAMEO codes it). One per document, one thread.
 */
final class VerbCoder {
    /** Prepositions that introduce a target when the pattern names none. */
    static final Set<String> TARGET_PREPS = Set.of("on", "against", "with", "to", "at", "into");

    /** Roots whose acts, done by several actors with no one else named, are done with each other. */
    private static final Set<String> RECIPROCAL = Set.of("03", "04", "05", "06", "16", "19");

    private final DocumentContext ctx;
    private final ActorResolver actors;
    private final Provenance provenance;
    private final Statements statements;

    VerbCoder(DocumentContext ctx, ActorResolver actors, Provenance provenance, Statements statements) {
        this.ctx = ctx;
        this.actors = actors;
        this.provenance = provenance;
        this.statements = statements;
    }

    /** A verb with its best pattern. */
    record Verb(int sentence, int token, boolean passive, int patient, PatternMatcher.Match match) {}

    /** The verb's best pattern, if one matches. */
    Optional<Verb> match(int s, DependencyTree t, int v, List<VerbPattern> patterns) {
        List<VerbPattern> verbPatterns = new ArrayList<>();
        for (VerbPattern p : patterns) if (!p.noun()) verbPatterns.add(p);
        if (verbPatterns.isEmpty()) return Optional.empty();
        boolean passive = t.isPassive(v) || (t.rel(v).startsWith("acl") && t.pos(v).equals("VBN") && t.child(v, "obj") < 0);
        int patient = Arguments.patient(t, v, passive);
        return PatternMatcher.best(t, v, verbPatterns, passive, patient).map(m -> new Verb(s, v, passive, patient, m));
    }

    /** The subject of a condition ("if", "unless") on the verb or on its "to" complement. */
    private List<EventActor> conditionActors(int s, DependencyTree t, int v) {
        List<Integer> verbs = new ArrayList<>(List.of(v));
        int x = t.child(v, "xcomp");
        if (x >= 0) verbs.add(x);
        for (int verb : verbs) {
            for (int c : t.children(verb)) {
                if (!t.rel(c).startsWith("advcl") || !t.hasAux(c, Words.CONDITION)) continue;
                int sub = t.child(c, "nsubj");
                List<EventActor> a = actors.actors(s, t, sub);
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /** Whom a protest is about: the object of its "to protest"/"demanding" clause, or the actor in that object. */
    private List<EventActor> protested(int s, DependencyTree t, int v, List<EventActor> sources) {
        for (int c : t.children(v)) {
            if (!DependencyTree.relIs(t.rel(c), "advcl", "xcomp", "dep", "conj") || !t.isVerb(c)) continue;
            if (!PROTESTING.contains(t.lemma(c))) continue;
            int obj = t.child(c, "obj");
            if (obj >= 0) {
                List<EventActor> a = ActorResolver.othersThan(actors.actors(s, t, obj), sources);
                if (a.isEmpty()) a = actors.actorInModifiers(s, t, obj, sources);
                if (a.isEmpty()) a = actors.actorInPhrases(s, t, obj, 2);
                if (!a.isEmpty()) return a;
            }
            int clause = t.child(c, "ccomp");
            if (clause >= 0) {
                List<EventActor> a = actors.actors(s, t, t.child(clause, "nsubj", "nsubj:pass"));
                if (!a.isEmpty()) return a;
            }
        }
        return List.of();
    }

    /** Verbs whose object a protest is about. */
    private static final Set<String> PROTESTING = Set.of("protest", "demand", "denounce", "condemn", "oppose", "decry", "reject");

    /**
     * A gerund the parser took for an adjective after a preposition ("after meeting Tillerson": "meeting" an
     * amod of "Tillerson"): its head noun is its object.
     */
    static boolean gerundAfterPreposition(DependencyTree t, int v) {
        return t.pos(v).equals("VBG") && t.rel(v).equals("amod") && v > 0 && t.pos(v - 1).equals("IN") && t.head(v) > v;
    }

    /** Verbs that, with a second noun phrase after their object, name or judge it ("calling the strike a game changer"). */
    private static final Set<String> NAMING = Set.of("call", "name", "label", "dub", "term", "brand", "deem", "declare", "consider");

    /** Whether the verb is naming its object: a second noun phrase (a determiner, perhaps after quotes) follows the object. */
    private static boolean naming(DependencyTree t, int v, int patient) {
        if (!NAMING.contains(t.lemma(v)) || patient < 0 || patient < v) return false;
        if (t.child(v, "xcomp") >= 0 && !t.isVerb(t.child(v, "xcomp"))) return true;
        int k = t.subtreeLast(patient) + 1;
        while (k < t.size() && (t.pos(k).equals("``") || t.pos(k).equals("''"))) k++;
        return k < t.size() && t.pos(k).equals("DT") && t.head(k) != patient;
    }

    /** The act the verb codes, then the statements it makes; empty when no actor is found or the pattern blocks. */
    List<Coded> code(DependencyTree t, Verb verb) {
        PatternMatcher.Match match = verb.match();
        VerbPattern best = match.pattern();
        if (best.blocks()) return List.of();
        int s = verb.sentence(), v = verb.token(), patient = verb.patient();
        if (naming(t, v, patient)) return List.of();
        boolean passive = verb.passive();
        Set<String> preps = best.targetPreps().isEmpty() ? TARGET_PREPS : best.targetPreps();
        int targetHead;
        if (best.target() == VerbPattern.Slot.PHRASE && match.phraseTarget() >= 0) {
            targetHead = match.phraseTarget();
        } else if (best.target() == VerbPattern.Slot.OBJECT) {
            targetHead = patient;
        } else if (best.target() == VerbPattern.Slot.SUBJECT) {
            targetHead = t.subject(v);
        } else if (match.objectConsumed()) {
            targetHead = Arguments.prepObject(t, v, preps);
            if (targetHead < 0 && patient >= 0 && !best.noTarget()) targetHead = Arguments.nounPrepObject(t, patient, preps);
        } else if (patient >= 0) {
            targetHead = patient;
        } else {
            int iobj = t.child(v, "iobj");
            targetHead = iobj >= 0 ? iobj : Arguments.prepObject(t, v, preps);
        }
        Provenance.Reporter reporter = Provenance.Reporter.NONE;
        int sourceHead;
        int speechAux = Arguments.speechAuxiliary(t, v);
        if (best.source() == VerbPattern.Slot.PHRASE && match.phraseSource() >= 0) {
            sourceHead = match.phraseSource();
        } else if (best.source() == VerbPattern.Slot.OBJECT) {
            sourceHead = patient;
        } else if (speechAux >= 0) {
            // "an attack that the Observatory said killed 87 people": the parser hangs "said" on the verb; the
            // verb's subject is the reporter, and the event's own subject is the noun the clause belongs to.
            int rep = t.child(v, "nsubj");
            reporter = provenance.reporterAt(s, t, rep, -1);
            sourceHead = t.rel(v).startsWith("acl") || t.rel(v).equals("dep") ? t.head(v) : -1;
        } else if (passive) {
            sourceHead = Arguments.agentOfPassive(t, v);
        } else if (t.rel(v).equals("acl") && t.pos(v).equals("VBG")) {
            // "nations meeting in Italy", "militants attacking the base": the noun the participle describes.
            sourceHead = t.head(v);
        } else if (gerundAfterPreposition(t, v)) {
            // "Johnson said after meeting Tillerson": the doer of the clause the phrase belongs to.
            int clause = t.governingVerb(t.head(v));
            sourceHead = clause >= 0 ? t.subject(clause) : -1;
        } else {
            sourceHead = Arguments.controller(t, v);
            if (sourceHead < 0) sourceHead = Arguments.lostController(t, v);
            if (sourceHead < 0) sourceHead = t.subject(v);
        }
        if (!reporter.present()) reporter = provenance.reporter(s, t, v);
        // "failed to reach agreement": the act is the failure, told with the failing verb's modality.
        int moodAt = best.under().isEmpty() ? v : t.head(v);
        Provenance.Mood mood = provenance.modality(s, t, moodAt, reporter);
        Modality modality = mood.modality();
        if (modality == Modality.DENIED) {
            Provenance.Reporter denier = provenance.denier(s, t, v);
            if (denier.present()) reporter = denier;
        }
        if (targetHead < 0 && gerundAfterPreposition(t, v)) targetHead = t.head(v);
        List<EventActor> sources = actors.actors(s, t, sourceHead);
        if (sources.isEmpty() && t.rel(v).equals("acl") && t.pos(v).equals("VBG") && sourceHead >= 0) {
            // The described noun names no one ("major industrialised nations" of the G7): the phrase it is part of.
            int up = t.head(sourceHead);
            if (up >= 0 && t.isNoun(up)) sources = actors.actors(s, t, up);
        }
        List<EventActor> targets = actors.actors(s, t, targetHead);
        if (targets.isEmpty() && patient >= 0 && !best.noTarget() && best.target() == VerbPattern.Slot.DEFAULT) {
            // The object is an act, not an actor ("condemned an attack by Osgiliath soldiers", "welcomed the
            // resumption of ties with Mordor"): the actor in its phrases is the target.
            if (match.objectConsumed()) {
                // "expelled two Russian diplomats", "released Palestinian prisoners": the people acted on stand
                // for their country, unless they are the source's own ("withdrew its troops").
                targets = ActorResolver.othersThan(actors.actors(s, t, patient), sources);
            }
            if (targets.isEmpty()) targets = actors.actorInPhrases(s, t, patient, 2);
            if (targets.isEmpty() && !match.objectConsumed()) targets = actors.actors(s, t, Arguments.prepObject(t, v, preps));
            // "rejected an Indian proposal", "welcomed President Reagan's statement": whose act it is.
            if (targets.isEmpty()) targets = actors.actorInModifiers(s, t, patient, sources);
        }
        String code = best.code().equals("---") ? "" : best.code();
        String root = (code.isEmpty() ? best.reverse() : code).substring(0, 2);
        if (targets.isEmpty() && Set.of("02", "10").contains(root)) {
            // "demanded that the US cancel its plans", "reiterated its demand that Israel ease restrictions": the
            // appeal or demand is made of the clause's subject.
            int clause = patient < 0 ? t.child(v, "ccomp") : t.child(patient, "ccomp", "acl");
            if (clause >= 0 && !t.isVerb(clause)) clause = -1;
            if (clause >= 0) {
                int sub = t.child(clause, "nsubj");
                if (sub < 0) sub = t.child(clause, "nsubj:pass");
                targets = actors.actors(s, t, sub);
            }
        }
        if (targets.isEmpty() && !best.noTarget() && Set.of("02", "03", "12", "13").contains(root)) {
            // "offered to hand them over to Britain", "threatened to deliver blows to the United States":
            // the intent, refusal or threat is aimed at whom the intended act is aimed at.
            int act = t.child(v, "xcomp");
            if (act >= 0) targets = actors.intendedTarget(s, t, act, sources);
        }
        if (targets.isEmpty() && !best.noTarget() && t.child(v, "iobj") >= 0) {
            // "gave Syria a mandate": the recipient, when the object is a thing.
            targets = actors.actors(s, t, t.child(v, "iobj"));
        }
        if (targets.isEmpty() && sources.size() > 1 && RECIPROCAL.contains(root)) {
            // "Gondor and Osgiliath renewed ties", "the US, Russia and Switzerland met": with each other.
            targets = sources;
        }
        if (targets.isEmpty() && !best.noTarget() && best.target() == VerbPattern.Slot.DEFAULT) {
            // As PETRARCH: the first other phrase of the verb or its patient that names an actor ("warned of the
            // Prince", "fired shells near a vessel from South Korea"); a place or a time is where and when, not whom.
            targets = actors.phraseActor(s, t, v, patient, sources);
        }
        if (targets.isEmpty() && root.equals("13")) {
            // "threatened to stop negotiations if the United States goes ahead": the threat is aimed at whom its
            // condition names.
            targets = conditionActors(s, t, v);
        }
        if (targets.isEmpty() && root.equals("14")) {
            // "started a hunger strike to protest President Assad's failure", "blocked roads demanding that he be
            // reinstated": whom the protest is about.
            targets = protested(s, t, v, sources);
        }
        sources = actors.asPeople(t, sources, false, root);
        targets = actors.asPeople(t, targets, true, root);
        boolean sourceIsReporter = false;
        if (sources.isEmpty() && passive && reporter.entity() >= 0 && root.compareTo("10") >= 0 && root.compareTo("17") <= 0) {
            // A government announcing its own measures in the passive ("sanctions could be imposed on Moscow").
            Optional<EventActor> rep = actors.actorFromEntity(reporter.entity(), reporter.start(), reporter.end());
            if (rep.isPresent() && rep.get().role().filter("GOV"::equals).isPresent()) {
                sources = List.of(rep.get());
                sourceIsReporter = true;
            }
        }
        if (sources.isEmpty() && targets.isEmpty()) return List.of();
        int aStart = t.token(v).start(), aEnd = t.token(v).end();
        int prt = t.child(v, "compound:prt");
        if (prt >= 0 && prt > v && prt - v <= 3) aEnd = Math.max(aEnd, t.token(prt).end());
        if (match.objectConsumed() && patient > v && patient - v <= 4) aEnd = Math.max(aEnd, t.token(patient).end());
        EventMention mention = new EventMention(s, aStart, aEnd, ctx.text.substring(aStart, aEnd), modality,
                reporter.entity(), reporter.text(), reporter.quote());
        List<Coded> out = new ArrayList<>();
        out.add(new Coded(s, v, code, best.reverse(), sources, targets, mood, reporter, mention, false));
        out.addAll(statements.of(out.get(0), sourceIsReporter));
        return out;
    }
}
