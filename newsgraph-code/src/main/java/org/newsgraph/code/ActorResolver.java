package org.newsgraph.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.code.dict.AgentEntry;
import org.newsgraph.code.dict.Names;
import org.newsgraph.annotate.SpeechVerbs;
import org.newsgraph.model.DependencyTree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;

/**
 * Who a noun phrase names, as CAMEO codes it. The article first: a country or nationality entity gives the
 * country, a person's title and country (the annotate stage's roles) the role and country, role words
 * (the agent dictionary: minister, army, rebels, police) the role; then the actor dictionary (Phoenix names
 * with their dates, under the project's list) for names the article leaves unexplained; pronouns resolve
 * through the speaker or the nearest compatible entity. One per document, used by one thread.
 */
final class ActorResolver {
    /** Prepositions of place and time: their phrases say where and when, not who. */
    private static final Set<String> PLACE_OR_TIME = Set.of("inside", "within", "throughout", "across", "during",
            "since", "until", "till", "after", "before", "ago", "around", "amid", "amidst", "along", "outside", "beyond", "via",
            "despite", "following");

    /** Prepositions that mark a place when their object is a place or a time ("in Alaska"), not in "in defiance of X". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "near");

    private final DocumentContext ctx;

    ActorResolver(DocumentContext ctx) {
        this.ctx = ctx;
    }

    /** The actors of the first "by/with/to/against/on/between/of" phrase under a noun that names any, depth first. */
    List<EventActor> actorInPhrases(int s, DependencyTree t, int noun, int depth) {
        for (int c : t.children(noun)) {
            if (!DependencyTree.relIs(t.rel(c), "nmod") || t.rel(c).equals("nmod:poss")) continue;
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
    List<EventActor> actorInModifiers(int s, DependencyTree t, int noun, List<EventActor> sources) {
        for (int c : t.children(noun)) {
            if (!DependencyTree.relIs(t.rel(c), "nmod:poss", "amod", "compound")) continue;
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
    List<EventActor> intendedTarget(int s, DependencyTree t, int act, List<EventActor> sources) {
        List<EventActor> a = actors(s, t, Arguments.prepObject(t, act, Set.of("to", "with", "against", "on", "at", "into")));
        if (a.isEmpty()) a = actors(s, t, t.child(act, "iobj"));
        int obj = t.child(act, "obj");
        if (a.isEmpty() && obj >= 0) {
            a = othersThan(actors(s, t, obj), sources);
            if (a.isEmpty()) a = actorInPhrases(s, t, obj, 2);
        }
        return a;
    }

    /**
     * The actors of the first prepositional phrase of the verb (or of its patient, or nested in them) that names
     * any, in text order: not the agent of a passive, not a place or a time ("in Alaska", "during the visit"),
     * never one of the sources.
     */
    List<EventActor> phraseActor(int s, DependencyTree t, int v, int patient, List<EventActor> sources) {
        List<Integer> phrases = new ArrayList<>();
        for (int owner : patient >= 0 ? new int[] {v, patient} : new int[] {v}) {
            for (int c : t.children(owner)) {
                if (DependencyTree.relIs(t.rel(c), "obl", "nmod") && !t.rel(c).equals("nmod:poss") && !t.rel(c).endsWith("tmod")) {
                    phrases.add(c);
                    for (int g : t.children(c)) if (DependencyTree.relIs(t.rel(g), "nmod") && !t.rel(g).equals("nmod:poss")) phrases.add(g);
                }
                if (t.rel(c).startsWith("acl")) {
                    // "memos sent by Bree": whose the patient is.
                    for (int g : t.children(c)) if (DependencyTree.relIs(t.rel(g), "obl")) phrases.add(g);
                }
            }
        }
        phrases.sort(null);
        for (int p : phrases) {
            String prep = t.caseOf(p);
            if (prep.isEmpty() || (t.head(p) == v && prep.equals("by")) || PLACE_OR_TIME.contains(prep)) continue;
            if (LOCATIVE.contains(prep) && (placeOrTime(s, t, p) || (prep.equals("on") && t.head(p) != v))) continue;
            List<EventActor> a = new ArrayList<>(actors(s, t, p));
            // Not the doer's own kind again ("Palestinians failed to reach agreement on the fate of Palestinian offices").
            a.removeIf(x -> sources.stream().anyMatch(o -> o.code().equals(x.code())));
            if (!a.isEmpty()) return a;
        }
        return List.of();
    }

    /** Whether a nominal names a place or a time (its entity, or its entity tag). */
    boolean placeOrTime(int s, DependencyTree t, int k) {
        String ner = t.token(k).ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")) return true;
        int e = entityAt(s, t.token(k).start());
        if (e >= 0 && e < ctx.ann.entities().size()) {
            EntityType type = ctx.ann.entities().get(e).type();
            return type.isPlace() || type == EntityType.LOCATION;
        }
        return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE");
    }

    /**
     * "Refused admittance to Ghanaians", "thousands of Nigerians protested": a people named by its nationality
     * is its civilians, as the target of an act or the doer of protest or force (roots 14-20); doing anything
     * else ("the Palestinians reject the plan") it stands for its country.
     */
    List<EventActor> asPeople(DependencyTree t, List<EventActor> actors, boolean target, String root) {
        if (!target && root.compareTo("14") < 0) return actors;
        List<EventActor> out = new ArrayList<>(actors.size());
        for (EventActor a : actors) {
            boolean people = a.code().length() == 3 && a.entity() >= 0 && a.entity() < ctx.ann.entities().size()
                    && ctx.ann.entities().get(a.entity()).type() == EntityType.NATIONALITY && pluralNounAt(t, a.end());
            out.add(people ? actor(a.code() + "CVL", a.name(), a.entity(), a.start(), a.end()) : a);
        }
        return out;
    }

    private static boolean pluralNounAt(DependencyTree t, int end) {
        for (int k = 0; k < t.size(); k++) {
            if (t.token(k).end() == end) return t.pos(k).equals("NNS") || t.pos(k).equals("NNPS");
        }
        return false;
    }

    /** The actors with a known country other than every source's country. */
    static List<EventActor> othersThan(List<EventActor> actors, List<EventActor> sources) {
        List<EventActor> out = new ArrayList<>(actors);
        out.removeIf(x -> x.code().startsWith("---")
                || sources.stream().anyMatch(o -> o.country().isPresent() && o.country().equals(x.country())));
        return out;
    }


    // ---- actors ----

    /** The actors a nominal names: itself and its conjuncts ("Trump and May"), each coded. */
    List<EventActor> actors(int s, DependencyTree t, int head) {
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

    List<EventActor> actorAt(int s, DependencyTree t, int h) {
        int ante = Arguments.antecedent(t, h);
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
        return describe(s, t, h, Arguments.npTokens(t, h));
    }

    /**
     * The actors of the speaker a subject pronoun refers to ("Obama and Putin said they will", "the rebels
     * said they would"): the subject of the speech verb above it, when it is a noun phrase that agrees with
     * the pronoun (a person for he/she, a plural or coordination for they, a singular non-person for it).
     */
    List<EventActor> speakerOfPronoun(int s, DependencyTree t, int k) {
        if (!DependencyTree.relIs(t.rel(k), "nsubj")) return List.of();
        String w = t.word(k).toLowerCase(java.util.Locale.ROOT);
        int a = k;
        for (int step = 0; step < 6; step++) {
            a = t.head(a);
            if (a < 0) return List.of();
            if (SpeechVerbs.reports(t.lemma(a)) && t.isVerb(a)) break;
        }
        if (a < 0) return List.of();
        int sub = t.subject(a);
        if (sub < 0 || sub == k || t.pos(sub).startsWith("PRP")) return List.of();
        int e = entityOfToken(s, t, sub, 0);
        boolean person = e >= 0 && ctx.ann.entities().get(e).type() == EntityType.PERSON;
        boolean plural = t.pos(sub).endsWith("S") || t.child(sub, "conj") >= 0;
        boolean agrees = Words.PERSONAL.contains(w) ? person && !plural
                : Words.PLURAL.contains(w) ? plural
                : Words.NEUTER.contains(w) && !person && !plural;
        return agrees ? actors(s, t, sub) : List.of();
    }


    List<EventActor> describe(int s, DependencyTree t, int h, List<Integer> span) {
        int start = t.token(span.get(0)).start(), end = t.token(span.get(span.size() - 1)).end();
        List<String> countries = new ArrayList<>();
        Map<String, String> countryNames = new java.util.HashMap<>();
        String nameCode = null;
        String role = null;
        int entity = -1;
        int headEntity = -1;
        int hStart = t.token(h).start();
        List<Entity> entities = ctx.ann.entities();
        // The dictionaries know names first: a country the article's table codes one way and the actor
        // dictionary another takes the dictionary's code.
        List<DictionaryName> known = dictionaryNames(t, span);
        boolean plainHead = t.pos(h).startsWith("NN") && !t.pos(h).startsWith("NNP") && roleOfWord(t, h) == null
                && !Words.LEADING.contains(t.lemma(h)) && !Words.QUANTITY.contains(t.lemma(h));
        java.util.Set<DictionaryName> usedNames = new java.util.HashSet<>();
        for (Mention m : ctx.mentionsBySentence.get(s)) {
            if (m.entity() < 0 || m.entity() >= entities.size() || m.end() <= start || m.start() >= end) continue;
            if (!inSpan(t, span, m)) continue;
            Entity e = entities.get(m.entity());
            if (m.start() <= hStart && hStart < m.end()) headEntity = e.id();
            List<Integer> mt = t.tokensIn(m.start(), m.end());
            DictionaryName dn = mt.isEmpty() ? null
                    : known.stream().filter(d -> d.overlaps(mt.get(0), mt.get(mt.size() - 1))).findFirst().orElse(null);
            if (dn != null) usedNames.add(dn);
            switch (e.type()) {
                case COUNTRY, NATIONALITY, STATE_OR_PROVINCE, CITY -> {
                    // The project's country table decides what a country's name means ("Korea" is South Korea);
                    // the dictionary codes places the table lacks.
                    Optional<String> code = e.country().or(() -> dn != null && dn.code().length() == 3 ? Optional.of(dn.code()) : Optional.empty());
                    code.ifPresent(c -> {
                        if (!countries.contains(c)) countries.add(c);
                        countryNames.putIfAbsent(c, m.text());
                    });
                }
                case PERSON -> {
                    // "supporters of former President Ben Bella", "relatives of the minister": a plain noun with a
                    // person in its phrase names others, not that person.
                    if (!(m.start() <= hStart && hStart < m.end()) && plainHead) continue;
                    Optional<String> pc = personCode(e, 0);
                    // "President Bush" without a date: the title gives the role; the dictionary's name of the
                    // phrase gives the country every holder of it shares.
                    if (dn != null && dn.code().length() >= 3 && !dn.code().startsWith("---")
                            && (pc.isEmpty() || pc.get().startsWith("---"))) {
                        pc = Optional.of(dn.code().substring(0, 3) + pc.map(c -> c.substring(3)).orElse(dn.code().substring(3)));
                    }
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
        // Names the tagger missed: countries join the phrase's countries, a longer code names the actor.
        for (DictionaryName dn : known) {
            if (usedNames.contains(dn)) continue;
            if (dn.code().length() == 3) {
                if (!countries.contains(dn.code())) countries.add(dn.code());
                StringBuilder nm = new StringBuilder();
                for (int k = dn.first(); k <= dn.last(); k++) nm.append(k > dn.first() ? " " : "").append(t.token(k).text());
                countryNames.putIfAbsent(dn.code(), nm.toString());
            } else if (nameCode == null) {
                nameCode = dn.code();
            }
        }
        AgentEntry rc = roleOf(t, h, span);
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
        // "the foreign ministers from Turkey, Saudi Arabia ... and Qatar" with the phrase attached elsewhere; not
        // for a phrase that already has an owner ("withdrew its troops from Lebanon").
        if (countries.isEmpty() && nameCode == null && role != null && t.child(h, "nmod:poss") < 0) {
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
        String name = entity >= 0 ? entities.get(entity).name() : ctx.text.substring(start, end);
        // "Beirut rejected the appeal", "an admission by Moscow": a capital standing for its country is its
        // government.
        if (role == null && nameCode == null && countries.size() == 1 && capital(t, span, countries.get(0))) role = "GOV";
        if (nameCode != null) {
            // A listed or titled name with a role ("GBRGOV", "IGOGOS") is the whole code; a bare country code
            // joins the phrase's countries and takes its role word.
            if (nameCode.length() != 3) {
                // "UN peacekeepers", "U.N. mediator": the organisation's code with the role its member plays.
                String code = nameCode;
                if (rc != null && headEntity < 0 && !hasRole(nameCode) && roleOfWord(t, h) != null) {
                    code = rc.prefix() ? rc.code() + nameCode : nameCode + rc.code();
                }
                out.add(actor(code, name, entity, start, end));
                return out;
            }
            if (!countries.contains(nameCode)) countries.add(0, nameCode);
        }
        if (countries.isEmpty() && role == null) return out;
        if (countries.isEmpty() && entity < 0 && roleOfWord(t, h) == null && !t.pos(h).startsWith("JJ")
                && span.stream().noneMatch(k -> k != h && roleOfWord(t, k) != null
                        && (Character.isUpperCase(t.token(k).text().charAt(0)) || DependencyTree.relIs(t.rel(k), "nmod")))) {
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

    /** Whether an actor code already has a role after its first three letters ("USAGOV" does, "IGOUNO" does not). */
    private boolean hasRole(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) if (ROLES.contains(code.substring(i, i + 3))) return true;
        return false;
    }

    /** CAMEO's role codes (the first level of an actor's code after its country). */
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "CVL", "BUS", "MED", "EDU",
            "REF", "ELI", "PTY", "SPY", "UAF", "INS", "LAB", "AGR", "HLH", "CRM", "ENV", "HRI", "DEV", "REL", "MOD", "RAD");

    /** Whether the phrase is nothing but the name of that country's capital. */
    private boolean capital(DependencyTree t, List<Integer> span, String country) {
        StringBuilder sb = new StringBuilder();
        for (int k : span) {
            if (t.pos(k).equals("DT")) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.token(k).text());
        }
        return ctx.countries.capitalOf(sb.toString()).filter(country::equals).isPresent();
    }

    /** The role a word or phrase gives, if it is a role word. */
    private Optional<AgentEntry> role(String phrase) {
        String k = Names.key(phrase);
        return k.isEmpty() ? Optional.empty() : ctx.dict.agents().get(k);
    }

    /** The dictionary code of a name on the document's date. */
    private Optional<String> name(String phrase) {
        String k = Names.key(phrase);
        return k.isEmpty() ? Optional.empty() : ctx.dict.actors().code(k, ctx.date);
    }

    private boolean inSpan(DependencyTree t, List<Integer> span, Mention m) {
        for (int k : span) {
            if (t.token(k).start() < m.end() && t.token(k).end() > m.start()) return true;
        }
        return false;
    }

    int entityAt(int s, int offset) {
        for (Mention m : ctx.mentionsBySentence.get(s)) if (m.start() <= offset && offset < m.end()) return m.entity();
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
    Optional<EventActor> actorFromEntity(int id, int start, int end) {
        Entity e = ctx.ann.entities().get(id);
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
    Optional<String> personCode(Entity e, int depth) {
        String country = null, role = null;
        for (Role r : e.roles()) {
            if (country == null && r.country().isPresent()) country = r.country().get();
            if (role == null) {
                Optional<AgentEntry> rc = role(r.title());
                if (rc.isEmpty()) {
                    String[] words = r.title().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                    rc = role(words[words.length - 1]);
                    if (rc.isEmpty()) rc = role(words[0]);
                }
                if (rc.isPresent()) role = rc.get().code();
            }
            if (r.affiliation() >= 0 && r.affiliation() < ctx.ann.entities().size() && depth < 2) {
                Optional<String> aff = personCode(ctx.ann.entities().get(r.affiliation()), depth + 1);
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
        Optional<String> c = name(e.name());
        if (c.isPresent()) return c;
        for (String a : e.aliases()) {
            c = name(a);
            if (c.isPresent()) return c;
        }
        // A person the text names by surname only ("Obama", "President Bush"): a listed person of that surname.
        // Not when the text gives a full name the list lacks ("Michelle Obama" is not the president).
        if (e.type() == EntityType.PERSON && !e.name().contains(" ") && e.aliases().stream().noneMatch(a -> a.contains(" "))) {
            return ctx.dict.actors().surname(Names.key(e.name()), ctx.date);
        }
        return Optional.empty();
    }

    Optional<String> countryOf(Entity e) {
        if (e.type() == EntityType.PERSON) {
            for (Role r : e.roles()) if (r.country().isPresent()) return r.country();
            Optional<String> pc = personCode(e, 0);
            if (pc.isPresent() && pc.get().length() >= 3 && !pc.get().startsWith("---")) return Optional.of(pc.get().substring(0, 3));
        }
        return e.country();
    }

    /** The longest listed name inside the phrase, as a word sequence (for names the tagger missed). */
    /** A name the actor dictionary knows, found in a phrase: its tokens and code. */
    record DictionaryName(int first, int last, String code) {
        boolean overlaps(int a, int b) {
            return first <= b && a <= last;
        }
    }

    /**
     * The names the actor dictionary knows inside a phrase, longest first and without overlaps, in text order;
     * a one-word name must be capitalised ("Senate", not "senate"). Only runs of the phrase's own tokens count.
     */
    List<DictionaryName> dictionaryNames(DependencyTree t, List<Integer> span) {
        List<DictionaryName> found = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        java.util.Set<Integer> in = new java.util.HashSet<>(span);
        int first = span.get(0), last = span.get(span.size() - 1);
        for (int len = Math.min(ctx.dict.actors().longest(), last - first + 1); len >= 1; len--) {
            for (int i = first; i + len - 1 <= last; i++) {
                if (taken.get(i, i + len).cardinality() > 0) continue;
                boolean inside = true;
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + len && inside; k++) {
                    inside = in.contains(k);
                    if (k > i) sb.append(' ');
                    sb.append(t.token(k).text());
                }
                if (!inside || (len == 1 && !Character.isUpperCase(t.token(i).text().charAt(0)))) continue;
                Optional<String> c = name(sb.toString());
                if (c.isEmpty()) continue;
                found.add(new DictionaryName(i, i + len - 1, c.get()));
                taken.set(i, i + len);
            }
        }
        found.sort(java.util.Comparator.comparingInt(DictionaryName::first));
        return found;
    }

    /** The role a word itself gives, by lemma or form, or null. */
    private AgentEntry roleOfWord(DependencyTree t, int k) {
        return role(t.lemma(k)).or(() -> role(t.word(k))).orElse(null);
    }

    /**
     * The role word nearest the head: the head itself, then its modifiers right to left. A head that says only
     * that someone speaks for or leads a group ("rebel leaders", "opposition spokesman") takes the group's
     * role from its modifiers.
     */
    private AgentEntry roleOf(DependencyTree t, int h, List<Integer> span) {
        List<Integer> order = new ArrayList<>();
        order.add(h);
        for (int i = span.size() - 1; i >= 0; i--) if (span.get(i) != h) order.add(span.get(i));
        for (int k : order) {
            // Also for a leader inside the phrase ("the computers of army officers"), not only at its head.
            if (Words.LEADING.contains(t.lemma(k))) {
                for (int m : order) {
                    if (m == k || !DependencyTree.relIs(t.rel(m), "amod", "compound") || t.head(m) != k) continue;
                    AgentEntry rc = roleOfWord(t, m);
                    if (rc != null && !rc.code().equals("GOV")) return rc;
                }
            }
            for (int len = Math.min(ctx.dict.agents().longest(), 4); len >= 1; len--) {
                for (int from = k - len + 1; from <= k; from++) {
                    if (from < 0 || from + len > t.size()) continue;
                    StringBuilder sb = new StringBuilder();
                    for (int j = from; j < from + len; j++) {
                        if (j > from) sb.append(' ');
                        sb.append(j == from + len - 1 || len == 1 ? t.lemma(j) : t.word(j));
                    }
                    Optional<AgentEntry> rc = role(sb.toString());
                    if (rc.isEmpty() && len == 1) rc = role(t.word(k));
                    if (rc.isPresent()) return rc.get();
                }
            }
        }
        return null;
    }

    /** The entity a token names: the mention holding it, or a pronoun's antecedent. */
    int entityOfToken(int s, DependencyTree t, int k, int depth) {
        if (k < 0) return -1;
        String p = t.pos(k);
        if ((p.equals("PRP") || p.equals("PRP$")) && depth < 2) return resolvePronoun(s, t, k, depth + 1);
        int e = entityAt(s, t.token(k).start());
        if (e >= 0) return e;
        for (int c : t.children(k)) {
            if (DependencyTree.relIs(t.rel(c), "compound", "flat", "nmod")) {
                int ec = entityAt(s, t.token(c).start());
                if (ec >= 0) return ec;
            }
        }
        return -1;
    }

    /** A pronoun's entity, as the annotate stage resolved it (the same answer its quotes' speakers use); -1 when none. */
    int resolvePronoun(int s, DependencyTree t, int k, int depth) {
        int offset = t.token(k).start();
        for (Mention m : ctx.ann.references()) {
            if (m.sentence() == s && m.start() <= offset && offset < m.end()) return m.entity();
        }
        return -1;
    }

}
