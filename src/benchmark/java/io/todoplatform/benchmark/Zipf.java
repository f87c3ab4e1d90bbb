package io.todoplatform.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws list entries with probability proportional to 1 / rank, the shape of word
 * frequencies in natural language.
 */
final class Zipf<T> {

	private final List<T> values;

	private final double[] cumulative;

	Zipf(List<T> values) {
		this.values = List.copyOf(values);
		this.cumulative = new double[values.size()];
		var sum = 0.0;
		for (var rank = 1; rank <= values.size(); rank++) {
			sum += 1.0 / rank;
			cumulative[rank - 1] = sum;
		}
	}

	T draw(RandomGenerator random) {
		var target = random.nextDouble(cumulative[cumulative.length - 1]);
		var index = Arrays.binarySearch(cumulative, target);
		return values.get(index >= 0 ? index : -index - 1);
	}

}
