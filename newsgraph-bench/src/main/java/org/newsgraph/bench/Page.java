package org.newsgraph.bench;

/**
 * One page of the corpus, decoded before any timing.
 *
 * @param id        the path relative to the corpus folder
 * @param html      the decoded page
 * @param utf8Bytes the length of {@code html} encoded as UTF-8: what MB/s counts
 */
public record Page(String id, String html, long utf8Bytes) {}
