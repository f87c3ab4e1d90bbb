package io.todoplatform.notifications.adapter.in.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.todoplatform.identity.Caller;
import io.todoplatform.notifications.application.port.in.ManageSettings;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.NotificationSettings;
import io.todoplatform.notifications.domain.SettingsRules;
import io.todoplatform.notifications.domain.SettingsRules.PushInput;
import io.todoplatform.notifications.domain.WebhookRules;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Where a user's reminders go. Webhook secrets are write-only: they are never shown back;
 * webhook URLs must point at public hosts ({@link WebhookRules}).
 */
@RestController
class SettingsController {

	static final String PATH = "/api/v1/me/notification-settings";

	private final ManageSettings manage;

	private final WebhookRules webhooks;

	SettingsController(ManageSettings manage, WebhookRules webhooks) {
		this.manage = manage;
		this.webhooks = webhooks;
	}

	@Schema(name = "NotificationSettingsRequest")
	record SettingsRequest(
			@Schema(pattern = NotificationApiDocumentation.EMAIL_INPUT, example = "alice@example.org",
					description = "Where reminders are mailed; default none") @Nullable String email,
			@ArraySchema(arraySchema = @Schema(description = "Push endpoints; default none"),
					maxItems = NotificationSettings.MOST_PUSH_ENDPOINTS,
					schema = @Schema(ref = NotificationApiDocumentation.PUSH_INPUT)) @Nullable List<PushInput> push) {
	}

	@Schema(name = "PushEndpoint")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PushResponse(String type, @Nullable String url, @Nullable String token) {

		static PushResponse of(Destination destination) {
			return switch (destination) {
				case Destination.Webhook webhook -> new PushResponse("webhook", webhook.url().toString(), null);
				case Destination.Fcm fcm -> new PushResponse("fcm", null, fcm.token());
				case Destination.Email email -> throw new IllegalArgumentException("Email is not a push endpoint");
			};
		}
	}

	@Schema(name = "NotificationSettings")
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SettingsResponse(@Schema(pattern = NotificationApiDocumentation.EMAIL, maxLength = 254,
			example = "alice@example.org") @Nullable String email, List<PushResponse> push) {

		static SettingsResponse of(NotificationSettings settings) {
			return new SettingsResponse(settings.email() == null ? null : settings.email().address(),
					settings.push().stream().map(PushResponse::of).toList());
		}
	}

	@GetMapping(PATH)
	Mono<SettingsResponse> get(Caller caller) {
		return manage.get(caller.subject()).map(SettingsResponse::of);
	}

	/** Replaces the settings as a whole. */
	@PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<SettingsResponse> put(Caller caller, @RequestBody SettingsRequest request) {
		return Mono.fromCallable(() -> SettingsRules.of(caller.subject(), request.email(), request.push(), webhooks))
			.flatMap(manage::put)
			.map(SettingsResponse::of);
	}

}
