package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.model.Annotations;
import org.newsgraph.model.Article;

/**
 * The process {@link KillNineTest} kills: ingests its arguments into a store with a slow annotator (so that
 * the kill lands mid-batch) on two threads, so that batches are in flight, and prints "stored N" after every document.
 */
public final class IngestChild {
    private IngestChild() {}

    /** An annotator that takes its time, as CoreNLP does, and annotates as {@link HandAnnotator}. */
    static final class Slow implements Annotator {
        private final HandAnnotator hand = new HandAnnotator();

        @Override
        public Annotations annotate(Article article) {
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return hand.annotate(article);
        }
    }

    public static void main(String[] args) {
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open(Path.of(args[0]), Store.Mode.READ_WRITE)) {
            Ingester ingester = new Ingester(store, new Slow(), new Ingester.Options(Optional.empty(), Optional.empty(), 16, 2), errors::add,
                    (s, src) -> {
                        System.out.println("stored " + s.stored());
                        System.out.flush();
                    });
            try (var in = new org.newsgraph.ingest.corpus.CorpusInputs(List.of(args).subList(1, args.length),
                    org.newsgraph.ingest.InputReader.Limits.DEFAULT, () -> System.in,
                    new org.newsgraph.ingest.fetch.Fetcher(org.newsgraph.ingest.fetch.Fetcher.Options.defaults()), store::hasUrl)) {
                ingester.ingest(in);
            }
        }
        System.out.println("done " + errors);
    }
}
