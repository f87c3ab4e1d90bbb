package io.todoplatform.distributed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes the broker's topics with a plain Kafka client, beside Dapr: what is
 * really on a topic, and messages Dapr would never publish (duplicates, poison).
 */
final class TopicReader {

	private final String bootstrapServers;

	TopicReader(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Reads the topic from its start until {@code done} holds for the records that match,
	 * or fails after the timeout.
	 */
	List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> matching,
			Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
		var found = new ArrayList<ConsumerRecord<String, String>>();
		var deadline = Instant.now().plus(timeout);
		try (var consumer = new KafkaConsumer<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			while (!done.test(found)) {
				if (Instant.now().isAfter(deadline)) {
					throw new AssertionError("After " + timeout + ", " + topic + " has " + found.size()
							+ " matching records, not what was expected: "
							+ found.stream().map(ConsumerRecord::value).toList());
				}
				consumer.poll(Duration.ofMillis(200)).forEach(record -> {
					if (matching.test(record)) {
						found.add(record);
					}
				});
			}
		}
		return found;
	}

	/**
	 * Writes a message as it is, to the given partition, and waits for the broker to
	 * store it.
	 */
	void write(String topic, int partition, String key, String value) {
		try (var producer = new KafkaProducer<String, String>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot write to " + topic, e);
		}
	}

}
