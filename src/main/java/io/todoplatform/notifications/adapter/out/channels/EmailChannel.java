package io.todoplatform.notifications.adapter.out.channels;

import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.configuration.NotificationProperties;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends notices by email through the SMTP server configured with Boot's
 * {@code spring.mail.*} properties. Without {@code spring.mail.host} Boot creates no
 * sender and this channel delivers nothing. The server's 5xx answers (an unknown mailbox,
 * a refused message) are final; a 4xx answer or a server out of reach is worth another
 * try.
 */
@Component
class EmailChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private final @Nullable JavaMailSender mail;

	private final InternetAddress from;

	@Autowired
	EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
		this(mail, properties.email().from());
	}

	EmailChannel(ObjectProvider<JavaMailSender> mail, String from) {
		this.mail = mail.getIfAvailable();
		this.from = sender(from);
		if (this.mail == null) {
			log.info("Email reminders are off: no mail server is configured (spring.mail.host)");
		}
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public boolean delivers(Destination destination) {
		return mail != null && destination instanceof Destination.Email;
	}

	@Override
	public Mono<Void> send(Notice notice, Destination destination) {
		if (!(destination instanceof Destination.Email email) || mail == null) {
			return Mono.error(new UndeliverableException("Email does not deliver to " + destination));
		}
		return Mono.fromRunnable(() -> mail.send(message(mail, notice, email.address())))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(EmailChannel::refusedForGood,
					error -> new UndeliverableException(
							"The reminder cannot be mailed to " + email.address() + ": " + error.getMessage(), error))
			.then();
	}

	private MimeMessage message(JavaMailSender mail, Notice notice, String address) {
		var message = mail.createMimeMessage();
		try {
			ReminderMail.compose(message, notice, from, new InternetAddress(address, true));
		}
		catch (AddressException e) {
			throw new MailParseException("Not an email address: " + address, e);
		}
		catch (MessagingException e) {
			throw new MailPreparationException(e);
		}
		return message;
	}

	static boolean refusedForGood(Throwable error) {
		return switch (error) {
			case MailParseException unparseable -> true;
			case MailSendException failed ->
				failed.getFailedMessages().values().stream().anyMatch(EmailChannel::refusal);
			default -> false;
		};
	}

	/**
	 * A 5xx reply to MAIL FROM or DATA, or a recipient the server calls invalid (Angus
	 * Mail counts 5xx replies to RCPT as invalid, except 552, which RFC 5321 says to
	 * treat as temporary). Connection failures are none of these.
	 */
	private static boolean refusal(Exception failure) {
		return switch (failure) {
			case SMTPSenderFailedException sender -> sender.getReturnCode() / 100 == 5;
			case SMTPSendFailedException data -> data.getReturnCode() / 100 == 5 || hasInvalid(data);
			case SendFailedException recipients -> hasInvalid(recipients);
			default -> false;
		};
	}

	private static boolean hasInvalid(SendFailedException failure) {
		var invalid = failure.getInvalidAddresses();
		return invalid != null && invalid.length > 0;
	}

	private static InternetAddress sender(String address) {
		try {
			return new InternetAddress(address, true);
		}
		catch (AddressException e) {
			throw new IllegalArgumentException("todo.notifications.email.from is not an email address: " + address, e);
		}
	}

}
