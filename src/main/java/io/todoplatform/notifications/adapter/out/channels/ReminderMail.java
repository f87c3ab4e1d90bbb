package io.todoplatform.notifications.adapter.out.channels;

import java.util.ArrayList;

import io.todoplatform.notifications.domain.Notice;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.web.util.HtmlUtils;

/**
 * The email a notice becomes: plain text and HTML alternatives saying the same, marked as
 * automatic so that auto-responders stay quiet, and with a Message-ID made of the
 * notice's identity so that a repeat is recognisable.
 */
final class ReminderMail {

	private static final String UTF_8 = "UTF-8";

	private static final String HTML = """
			<!DOCTYPE html>
			<html><body>
			<p><strong>%s</strong></p>
			%s<p><a href="%s">Open the task</a> &middot; <a href="%s">Snooze this reminder</a></p>
			</body></html>
			""";

	private ReminderMail() {
	}

	static void compose(MimeMessage message, Notice notice, InternetAddress from, InternetAddress to)
			throws MessagingException {
		message.setFrom(from);
		message.setRecipient(RecipientType.TO, to);
		message.setSubject(subject(notice), UTF_8);
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Message-ID", messageId(notice, from));
		var text = new MimeBodyPart();
		text.setText(text(notice), UTF_8, "plain");
		var html = new MimeBodyPart();
		html.setText(html(notice), UTF_8, "html");
		message.setContent(new MimeMultipart("alternative", text, html));
	}

	/** A title with a line break must not start a header of its own. */
	static String subject(Notice notice) {
		return "Reminder: " + notice.title().replaceAll("\\p{Cntrl}+", " ");
	}

	/**
	 * The same for every attempt at one notice, so that mail clients and servers can drop
	 * repeats.
	 */
	static String messageId(Notice notice, InternetAddress from) {
		var address = from.getAddress();
		var domain = address.substring(address.lastIndexOf('@') + 1);
		return "<reminder." + notice.reminderId() + "." + notice.fireAt().toEpochMilli() + "@" + domain + ">";
	}

	static String text(Notice notice) {
		var lines = new ArrayList<String>();
		lines.add(notice.title());
		DueLine.of(notice).ifPresent(lines::add);
		lines.add("");
		lines.add("Open the task: " + notice.taskLink());
		lines.add("Snooze this reminder: " + notice.snoozeLink());
		return String.join("\n", lines) + "\n";
	}

	static String html(Notice notice) {
		var due = DueLine.of(notice).map(line -> "<p>" + HtmlUtils.htmlEscape(line) + "</p>\n").orElse("");
		var task = HtmlUtils.htmlEscape(notice.taskLink().toString());
		var snooze = HtmlUtils.htmlEscape(notice.snoozeLink().toString());
		return HTML.formatted(HtmlUtils.htmlEscape(notice.title()), due, task, snooze);
	}

}
