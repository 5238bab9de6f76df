package org.newsgraph.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.Countries;
import org.newsgraph.code.dict.Dictionaries;
import org.newsgraph.code.dict.VerbPattern;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.Event;

/**
 * Codes the events of one document: for each sentence, the verbs with a matching pattern
 * ({@link VerbCoder}), the acts named by nouns ({@link NounCoder}), the compositions and transformations
 * ({@link Compositions}), then merging ({@link EventMerger}). A verb whose words another verb's pattern
 * matched ("agreed to join the coalition") is coded as part of that pattern, not again on its own. Used once,
 * by one thread, then dropped.
 */
final class DocumentCoder {
    private final DocumentContext ctx;
    private final VerbCoder verbs;
    private final NounCoder nouns;
    private final Compositions compositions;

    DocumentCoder(String text, Annotations ann, Optional<LocalDate> date, CameoCodes codes, Dictionaries dict, Countries countries) {
        this.ctx = new DocumentContext(text, ann, date, codes, dict, countries);
        ActorResolver actors = new ActorResolver(ctx);
        Provenance provenance = new Provenance(ctx, actors);
        this.verbs = new VerbCoder(ctx, actors, provenance, new Statements(ctx, actors));
        this.nouns = new NounCoder(ctx, actors, provenance);
        this.compositions = new Compositions(ctx, actors);
    }

    List<Event> code() {
        List<Coded> coded = new ArrayList<>();
        for (int s = 0; s < ctx.trees.size(); s++) {
            DependencyTree t = ctx.trees.get(s);
            List<VerbCoder.Verb> matched = new ArrayList<>();
            BitSet consumed = new BitSet();
            for (int i = 0; i < t.size(); i++) {
                // A participle used as an adjective ("proposed Israeli changes", "the ruling party") describes, it does
                // not tell an act; a gerund after a preposition the parser took for one does ("after meeting X").
                if (!t.isVerb(i) || (t.rel(i).equals("amod") && !VerbCoder.gerundAfterPreposition(t, i))) continue;
                List<VerbPattern> ps = ctx.dict.verbs().patterns(t.lemma(i));
                if (ps.isEmpty()) continue;
                verbs.match(s, t, i, ps).ifPresent(v -> {
                    matched.add(v);
                    if (v.match().pattern().blocks()) return;
                    BitSet m = v.match().matched();
                    for (int k = m.nextSetBit(0); k >= 0; k = m.nextSetBit(k + 1)) if (k != v.token()) consumed.set(k);
                });
            }
            List<Coded> sentence = new ArrayList<>();
            for (VerbCoder.Verb v : matched) {
                if (!consumed.get(v.token())) sentence.addAll(verbs.code(t, v));
            }
            for (int i = 0; i < t.size(); i++) {
                // An act noun a verb's pattern took in ("held a meeting", "launched an attack") is coded with the verb.
                if (!t.pos(i).startsWith("NN") || consumed.get(i)) continue;
                List<VerbPattern> ps = ctx.dict.verbs().patterns(t.lemma(i));
                if (!ps.isEmpty()) sentence.addAll(nouns.code(s, t, i, ps));
            }
            for (Coded c : compositions.apply(s, t, sentence)) {
                // "Make a public statement" (010) is CAMEO's residue for speech verbs: the speech itself is a quote
                // or reported speech with its speaker, and what was said is coded with its reporter.
                if (c.code().equals("010")) continue;
                // A reporting frame ("suggested [sanctions could be imposed]") with no one addressed: what it
                // frames is the event.
                if (!c.derived() && c.targets().isEmpty() && (c.root().equals("01") || c.root().equals("02"))
                        && !c.code().equals("016") && t.child(c.token(), "ccomp") >= 0) continue;
                // An appeal or demand made of no one the text names is not an event ("suggested [that ...]").
                if (c.targets().isEmpty() && (c.root().equals("02") || c.root().equals("10"))) continue;
                // Background in a relative clause with no doer ("a civil war that has devastated Syria").
                if (c.sources().isEmpty() && t.rel(c.token()).equals("acl:relcl")) continue;
                // A verbal act or a cooperation by no one the text names ("was criticised", "was invited") says
                // nothing an analyst can use; force used on someone unknown ("87 people were killed") does.
                if (c.sources().isEmpty() && c.root().compareTo("15") < 0) continue;
                coded.add(c);
            }
        }
        return EventMerger.merge(coded, ctx.codes, id -> id < ctx.ann.entities().size()
                && ctx.ann.entities().get(id).type() == org.newsgraph.model.EntityType.PERSON);
    }
}

