package io.todoplatform.notifications.adapter.out.channels;

import java.util.LinkedHashMap;
import java.util.Map;

import io.todoplatform.notifications.domain.Notice;

/**
 * The body of an FCM HTTP v1 {@code messages:send} request for one notice to one device:
 * a notification the device shows, the ids and links the app needs as data (FCM takes
 * only strings there), and high priority on Android and APNs so that a reminder arrives
 * on time on a sleeping device.
 */
record FcmMessage(Message message) {

	static FcmMessage of(Notice notice, String token) {
		var data = new LinkedHashMap<String, String>();
		data.put("reminderId", notice.reminderId().toString());
		data.put("fireAt", notice.fireAt().toString());
		data.put("taskId", notice.taskId().toString());
		data.put("taskLink", notice.taskLink().toString());
		data.put("snoozeLink", notice.snoozeLink().toString());
		var shown = new Notification("Reminder: " + notice.title(), DueLine.of(notice).orElse(notice.title()));
		var urgent = new Apns(Map.of("apns-priority", "10"));
		return new FcmMessage(new Message(token, shown, data, new Android("high"), urgent));
	}

	record Message(String token, Notification notification, Map<String, String> data, Android android, Apns apns) {
	}

	record Notification(String title, String body) {
	}

	record Android(String priority) {
	}

	record Apns(Map<String, String> headers) {
	}
}
