package org.newsgraph.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.Countries;
import org.newsgraph.code.dict.Dictionaries;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * What the parts of the coder share about one document: its text, annotations, parse trees, mentions by
 * sentence, date and the dictionaries. Built once per document, read by one thread.
 */
final class DocumentContext {
    final String text;
    final Annotations ann;
    final Optional<LocalDate> date;
    final CameoCodes codes;
    final Dictionaries dict;
    final Countries countries;
    final List<DependencyTree> trees = new ArrayList<>();
    final List<List<Mention>> mentionsBySentence = new ArrayList<>();

    DocumentContext(String text, Annotations ann, Optional<LocalDate> date, CameoCodes codes, Dictionaries dict, Countries countries) {
        this.text = text;
        this.ann = ann;
        this.date = date;
        this.codes = codes;
        this.dict = dict;
        this.countries = countries;
        for (Sentence s : ann.sentences()) {
            trees.add(new DependencyTree(s));
            mentionsBySentence.add(new ArrayList<>());
        }
        for (Mention m : ann.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < mentionsBySentence.size()) mentionsBySentence.get(m.sentence()).add(m);
        }
    }
}
