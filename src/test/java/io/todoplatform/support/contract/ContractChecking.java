package io.todoplatform.support.contract;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Gives the API tests' client the {@link ContractFilter}: every answer they get is held
 * to the API document.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractChecking {

	@Bean
	WebTestClientBuilderCustomizer contractFilter() {
		return builder -> builder.filter(new ContractFilter());
	}

}
