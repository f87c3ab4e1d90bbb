package io.todoplatform.benchmark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Makes plausible to-do items ("Book the urgent flight before conference") as create-task
 * JSON bodies. Thread-safe: every draw uses the calling thread's random generator.
 */
final class TaskGenerator {

	private static final List<String> PRIORITIES = List.of("VERY_IMPORTANT", "HIGH", "MEDIUM", "MEDIUM", "LOW", "LOW");

	/**
	 * How often a description mentions one of the rare words: rare enough to make them
	 * match a few dozen tasks.
	 */
	private static final double RARE_WORD_CHANCE = 0.03;

	private static final int DUE_WINDOW_DAYS = 60;

	private final Zipf<String> verbs = new Zipf<>(Vocabulary.VERBS);

	private final Zipf<String> adjectives = new Zipf<>(Vocabulary.ADJECTIVES);

	private final Zipf<String> nouns = new Zipf<>(Vocabulary.NOUNS);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	/** A generated task: its JSON body and the searchable words it contains. */
	record GeneratedTask(String json, Set<String> words) {
	}

	GeneratedTask next() {
		var random = ThreadLocalRandom.current();
		var words = new LinkedHashSet<String>();
		var title = capitalize(phrase(random, words, random.nextDouble() < 0.4));
		var description = description(random, words);
		var json = "{" + Json.field("title", title) + "," + Json.field("description", description) + ","
				+ Json.field("priority", pick(random, PRIORITIES)) + "," + Json.array("tags", tags(random))
				+ dueAt(random) + "}";
		return new GeneratedTask(json, words);
	}

	/**
	 * A word users would type into the search box: weighted like the words tasks are made
	 * of.
	 */
	String searchWord() {
		var random = ThreadLocalRandom.current();
		return random.nextBoolean() ? nouns.draw(random) : verbs.draw(random);
	}

	String priority() {
		return pick(ThreadLocalRandom.current(), PRIORITIES);
	}

	/**
	 * "verb [adjective] noun [preposition noun]"; the content words go into
	 * {@code words}.
	 */
	private String phrase(RandomGenerator random, Set<String> words, boolean withObject) {
		var parts = new ArrayList<String>();
		parts.add(remember(verbs.draw(random), words));
		parts.add("the");
		if (random.nextBoolean()) {
			parts.add(remember(adjectives.draw(random), words));
		}
		parts.add(remember(nouns.draw(random), words));
		if (withObject) {
			parts.add(pick(random, Vocabulary.PREPOSITIONS));
			parts.add(remember(nouns.draw(random), words));
		}
		return String.join(" ", parts);
	}

	private String description(RandomGenerator random, Set<String> words) {
		var sentences = new ArrayList<String>();
		var count = random.nextInt(1, 4);
		for (var i = 0; i < count; i++) {
			sentences.add(capitalize(phrase(random, words, true)) + ".");
		}
		if (random.nextDouble() < RARE_WORD_CHANCE) {
			sentences.add("Remember the " + remember(pick(random, Vocabulary.RARE), words) + ".");
		}
		return String.join(" ", sentences);
	}

	private static List<String> tags(RandomGenerator random) {
		var tags = new LinkedHashSet<String>();
		var count = random.nextInt(0, 3);
		while (tags.size() < count) {
			tags.add(pick(random, Vocabulary.TAGS));
		}
		return List.copyOf(tags);
	}

	/**
	 * Most tasks have a deadline somewhere in the two months around today; some are
	 * undated.
	 */
	private String dueAt(RandomGenerator random) {
		if (random.nextDouble() < 0.3) {
			return "";
		}
		var minutes = random.nextLong(-DUE_WINDOW_DAYS * 24 * 60L, DUE_WINDOW_DAYS * 24 * 60L);
		return "," + Json.field("dueAt", now.plus(minutes, ChronoUnit.MINUTES).toString());
	}

	private static String remember(String word, Set<String> words) {
		words.add(word);
		return word;
	}

	private static <T> T pick(RandomGenerator random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String capitalize(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
