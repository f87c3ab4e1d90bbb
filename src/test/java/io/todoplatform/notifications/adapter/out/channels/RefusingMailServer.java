package io.todoplatform.notifications.adapter.out.channels;

import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jspecify.annotations.Nullable;

/**
 * GreenMail's SMTP server on a free port, answering some mailboxes the way real servers
 * do: {@code unknown@} is refused for good (550), {@code greylisted@} for now (451), and
 * mail for {@code spam@} is refused after DATA (554). GreenMail accepts every recipient
 * otherwise; its own hook, {@link SmtpManager}, lets a test give it a policy.
 */
final class RefusingMailServer extends GreenMail {

	RefusingMailServer() {
		super(ServerSetupTest.SMTP.dynamicPort());
	}

	int port() {
		return getSmtp().getPort();
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
		return super.createServices(config, new WithPolicy(managers));
	}

	/**
	 * The same mailboxes and users, so that GreenMail's received messages are those
	 * accepted under the policy.
	 */
	private static final class WithPolicy extends Managers {

		private final Managers managers;

		private final SmtpManager smtp;

		WithPolicy(Managers managers) {
			this.managers = managers;
			this.smtp = new Policy(managers.getImapHostManager(), managers.getUserManager());
		}

		@Override
		public SmtpManager getSmtpManager() {
			return smtp;
		}

		@Override
		public UserManager getUserManager() {
			return managers.getUserManager();
		}

		@Override
		public ImapHostManager getImapHostManager() {
			return managers.getImapHostManager();
		}

	}

	private static final class Policy extends SmtpManager {

		Policy(ImapHostManager mailboxes, UserManager users) {
			super(mailboxes, users);
		}

		@Override
		public @Nullable String checkRecipient(SmtpState state, MailAddress recipient) {
			return switch (recipient.getUser()) {
				case "unknown" -> "550 5.1.1 <" + recipient.getEmail() + ">: Recipient address rejected: User unknown";
				case "greylisted" -> "451 4.7.1 <" + recipient.getEmail() + ">: Greylisted, try again later";
				default -> null;
			};
		}

		@Override
		public @Nullable String checkData(SmtpState state) {
			var spam = state.getMessage().getToAddresses().stream().anyMatch(to -> to.getUser().equals("spam"));
			return spam ? "554 5.7.1 Message rejected as spam" : null;
		}

	}

}
