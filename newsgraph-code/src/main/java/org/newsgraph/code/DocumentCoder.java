package org.newsgraph.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
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

    DocumentCoder(String text, Annotations ann, Optional<LocalDate> date, CameoCodes codes, Dictionaries dict) {
        this.ctx = new DocumentContext(text, ann, date, codes, dict);
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
                if (!t.isVerb(i)) continue;
                List<VerbPattern> ps = ctx.dict.verbs().patterns(t.lemma(i));
                if (ps.isEmpty()) continue;
                verbs.match(s, t, i, ps).ifPresent(v -> {
                    matched.add(v);
                    if (v.match().pattern().blocks()) return;
                    BitSet m = v.match().matched();
                    for (int k = m.nextSetBit(0); k >= 0; k = m.nextSetBit(k + 1)) if (k != v.token() && t.isVerb(k)) consumed.set(k);
                });
            }
            List<Coded> sentence = new ArrayList<>();
            for (VerbCoder.Verb v : matched) {
                if (!consumed.get(v.token())) sentence.addAll(verbs.code(t, v));
            }
            for (int i = 0; i < t.size(); i++) {
                if (!t.pos(i).startsWith("NN")) continue;
                List<VerbPattern> ps = ctx.dict.verbs().patterns(t.lemma(i));
                if (!ps.isEmpty()) sentence.addAll(nouns.code(s, t, i, ps));
            }
            coded.addAll(compositions.apply(s, t, sentence));
        }
        return EventMerger.merge(coded, ctx.codes);
    }
}
