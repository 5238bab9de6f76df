package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotations;

/** One annotator serves several threads and gives each exactly what it gives one thread alone. */
class ConcurrencyTest {
    @Test
    void sharedAnnotatorGivesTheSameResultsFromManyThreads() throws Exception {
        String reference = body(Path.of("..", "examples", "al-jazeera-2017-04-10.txt"));
        String other = "Officials in Kabul said on Friday that 12 people were killed in a blast. "
                + "“We will rebuild,” Mayor Ahmad Khan told reporters. The UN condemned the attack.";
        Optional<LocalDate> date = Optional.of(LocalDate.of(2017, 4, 10));
        NewsAnnotator annotator = SharedAnnotator.get();
        Annotations wantReference = annotator.annotate(reference, date);
        Annotations wantOther = annotator.annotate(other, date);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Annotations>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = i % 2 == 0 ? reference : other;
                futures.add(pool.submit(() -> annotator.annotate(text, date)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(i % 2 == 0 ? wantReference : wantOther, futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String body(Path p) throws IOException {
        // The annotate stage sees only the body; the raw example is fine for a determinism check.
        return Files.readString(p);
    }
}
