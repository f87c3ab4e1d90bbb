package io.todoplatform.notifications.adapter.out.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.domain.Destination;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The email channel against GreenMail, a real SMTP server in this JVM. */
class EmailChannelIntegrationTests {

	private static final String FROM = "Todo Platform <reminders@todo.example>";

	private static final RefusingMailServer server = new RefusingMailServer();

	private final EmailChannel channel = channel(server.port());

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		server.purgeEmailFromAllMailboxes();
	}

	@Test
	void aReminderIsOneMessageWithAPlainTextAndAnEscapedHtmlAlternative() throws Exception {
		var notice = Notices.dueAt("Pay <Bob> & \"Alice\"", Instant.parse("2026-07-14T07:00:00Z"));

		channel.send(notice, new Destination.Email("ada@home.example")).block();

		var message = theOnlyMessage();
		assertThat(message.getSubject()).isEqualTo("Reminder: Pay <Bob> & \"Alice\"");
		assertThat(message.getHeader("From", null)).isEqualTo(FROM);
		assertThat(message.getHeader("To", null)).isEqualTo("ada@home.example");
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		var parts = (MimeMultipart) message.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		var text = part(parts, 0, "text/plain");
		assertThat(text).contains("Pay <Bob> & \"Alice\"", "Due Tuesday, 14 July 2026, 09:00 (Europe/Berlin)",
				"Open the task: " + Notices.TASK_LINK, "Snooze this reminder: " + Notices.SNOOZE_LINK);
		var html = part(parts, 1, "text/html");
		assertThat(html)
			.contains("<strong>Pay &lt;Bob&gt; &amp; &quot;Alice&quot;</strong>",
					"<p>Due Tuesday, 14 July 2026, 09:00 (Europe/Berlin)</p>",
					"<a href=\"" + Notices.TASK_LINK + "\">Open the task</a>",
					"<a href=\"" + Notices.SNOOZE_LINK.toString().replace("&", "&amp;") + "\">Snooze this reminder</a>")
			.doesNotContain("<Bob>");
	}

	@Test
	void theMessageIsMarkedAutomaticAndRepeatsOfOneNoticeShareTheirMessageId() throws Exception {
		var notice = Notices.dueAt("Call", Instant.parse("2026-12-01T08:00:00Z"));

		channel.send(notice, new Destination.Email("ada@home.example")).block();
		channel.send(notice, new Destination.Email("ada@home.example")).block();

		var messages = server.getReceivedMessages();
		assertThat(messages).hasSize(2);
		var id = "<reminder." + Notices.REMINDER + "." + Notices.FIRE_AT.toEpochMilli() + "@todo.example>";
		for (var message : messages) {
			assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
			assertThat(message.getMessageID()).isEqualTo(id);
		}
		assertThat(part((MimeMultipart) messages[0].getContent(), 0, "text/plain"))
			.contains("Due Tuesday, 1 December 2026, 09:00 (Europe/Berlin)");
	}

	@Test
	void anAllDayTaskIsDueOnItsDayAndAnUndatedOneHasNoDueLine() throws Exception {
		channel.send(Notices.dueOn("Pay rent", LocalDate.parse("2026-12-01")), new Destination.Email("a@home.example"))
			.block();
		channel.send(Notices.undated("Someday"), new Destination.Email("b@home.example")).block();

		var allDay = (MimeMultipart) server.getReceivedMessagesForDomain("a@home.example")[0].getContent();
		assertThat(part(allDay, 0, "text/plain").lines()).contains("Due on Tuesday, 1 December 2026");
		var undated = (MimeMultipart) server.getReceivedMessagesForDomain("b@home.example")[0].getContent();
		assertThat(part(undated, 0, "text/plain")).doesNotContain("Due");
		assertThat(part(undated, 1, "text/html")).doesNotContain("Due");
	}

	@Test
	void aMailboxTheServerRefusesIsUndeliverable() {
		assertThatThrownBy(() -> send("unknown@home.example")).isInstanceOf(UndeliverableException.class)
			.hasMessageContaining("unknown@home.example")
			.hasMessageContaining("550 5.1.1 <unknown@home.example>: Recipient address rejected");
		assertThat(server.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMessageTheServerRefusesAfterReadingItIsUndeliverable() {
		assertThatThrownBy(() -> send("spam@home.example")).isInstanceOf(UndeliverableException.class);
	}

	@Test
	void aRecipientTheServerDefersIsWorthAnotherTry() {
		assertThatThrownBy(() -> send("greylisted@home.example")).isInstanceOf(MailSendException.class)
			.isNotInstanceOf(UndeliverableException.class);
	}

	@Test
	void aServerOutOfReachIsWorthAnotherTry() throws IOException {
		int closed;
		try (var socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}

		assertThatThrownBy(
				() -> channel(closed).send(Notices.undated("Call"), new Destination.Email("a@home.example")).block())
			.isInstanceOf(MailSendException.class)
			.isNotInstanceOf(UndeliverableException.class);
	}

	@Test
	void somethingThatIsNotAnAddressIsUndeliverable() {
		assertThatThrownBy(() -> send("ada at home")).isInstanceOf(UndeliverableException.class);
		assertThat(server.getReceivedMessages()).isEmpty();
	}

	@Test
	void withoutAMailServerEmailIsOff() {
		var off = new EmailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM);

		assertThat(off.delivers(new Destination.Email("ada@home.example"))).isFalse();
		assertThat(channel.delivers(new Destination.Email("ada@home.example"))).isTrue();
		assertThat(channel.delivers(new Destination.Fcm("token"))).isFalse();
	}

	@Test
	void aFromThatIsNotAnAddressStopsTheStart() {
		assertThatThrownBy(() -> new EmailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				"Todo Platform <reminders>>"))
			.hasMessageStartingWith("todo.notifications.email.from is not an email address");
	}

	private void send(String address) {
		channel.send(Notices.undated("Call"), new Destination.Email(address)).block();
	}

	private MimeMessage theOnlyMessage() {
		var messages = server.getReceivedMessages();
		assertThat(messages).hasSize(1);
		return messages[0];
	}

	private static String part(MimeMultipart parts, int index, String type) throws MessagingException, IOException {
		BodyPart part = parts.getBodyPart(index);
		assertThat(part.getContentType()).startsWith(type).contains("UTF-8");
		return (String) part.getContent();
	}

	private static EmailChannel channel(int port) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		var beans = new StaticListableBeanFactory(Map.of("mail", sender));
		return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), FROM);
	}

}
