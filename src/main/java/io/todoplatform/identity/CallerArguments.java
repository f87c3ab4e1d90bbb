package io.todoplatform.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets every controller take the {@link Caller} as an argument, read from the request's
 * verified token. Only a request that {@link ApiSecurity} let through with a token
 * reaches such a controller; the API document does not list the argument, the bearer
 * scheme says it.
 */
@Configuration(proxyBeanMethods = false)
class CallerArguments implements WebFluxConfigurer {

	CallerArguments() {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(new CallerResolver());
	}

	static final class CallerResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Caller.class;
		}

		@Override
		public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context,
				ServerWebExchange exchange) {
			return ReactiveSecurityContextHolder.getContext()
				.map(SecurityContext::getAuthentication)
				.filter(authentication -> authentication.getPrincipal() instanceof Jwt)
				.<Object>map(authentication -> Caller.of((Jwt) authentication.getPrincipal()))
				.switchIfEmpty(Mono.error(() -> new IllegalStateException(
						"A controller that takes the Caller is reached only with a verified token")));
		}

	}

}
