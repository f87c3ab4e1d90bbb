package io.todoplatform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Checks that a payload read from JSON has every field its record does not mark
 * {@link Nullable}: JSON readers leave a missing field null, and a consumer would
 * otherwise meet the gap deep inside its own code.
 */
final class RequiredFields {

	private RequiredFields() {
	}

	/**
	 * @throws IllegalArgumentException naming the first missing field
	 */
	static void check(Object payload) {
		check(payload, "");
	}

	private static void check(@Nullable Object value, String path) {
		if (value instanceof Record record) {
			for (var component : record.getClass().getRecordComponents()) {
				var field = valueOf(record, component);
				var name = path + component.getName();
				if (field == null && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					throw new IllegalArgumentException("the data lacks " + name);
				}
				check(field, name + ".");
			}
		}
		else if (value instanceof Collection<?> items) {
			var index = 0;
			for (var item : items) {
				check(item, path.substring(0, Math.max(0, path.length() - 1)) + "[" + index++ + "].");
			}
		}
	}

	private static @Nullable Object valueOf(Record record, RecordComponent component) {
		try {
			var accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
		}
	}

}
