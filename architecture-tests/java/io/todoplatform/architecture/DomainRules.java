package io.todoplatform.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;
import java.util.function.Predicate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.layered.DomainLayer;

/**
 * The domain is plain Java: code marked {@link DomainLayer} (on its package) depends on
 * nothing with a jMolecules hexagonal role (the use cases, ports and adapters around it)
 * and on no framework. The hexagonal rules cannot say this, because they treat code
 * without a hexagonal role as free for everyone to use in any direction.
 */
final class DomainRules {

	private static final String HEXAGONAL_ROLES = Application.class.getPackageName();

	private DomainRules() {
	}

	static ArchRule domainStandsAlone() {
		return noClasses().that(inTheDomain())
			.should()
			.dependOnClassesThat(withAHexagonalRole().or(aFramework())
				.as("have a hexagonal role (application, port, adapter) or belong to a framework"))
			.because("the use cases and adapters use the domain, never the other way round");
	}

	/**
	 * What the application and its adapters are built on: how they serve, store and
	 * serialise the domain.
	 */
	private static DescribedPredicate<? super JavaClass> aFramework() {
		return resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
				"com.fasterxml.jackson..", "jakarta..");
	}

	private static DescribedPredicate<JavaClass> inTheDomain() {
		return marked(annotation -> annotation.getRawType().isEquivalentTo(DomainLayer.class), "in the domain layer");
	}

	private static DescribedPredicate<JavaClass> withAHexagonalRole() {
		return marked(annotation -> annotation.getRawType().getPackageName().equals(HEXAGONAL_ROLES),
				"with a hexagonal role");
	}

	/**
	 * Marked on the class itself or on its package or an enclosing package, as jMolecules
	 * stereotypes are.
	 */
	private static DescribedPredicate<JavaClass> marked(Predicate<JavaAnnotation<?>> annotation, String description) {
		return DescribedPredicate.describe(description, type -> type.getAnnotations().stream().anyMatch(annotation)
				|| markedPackage(Optional.of(type.getPackage()), annotation));
	}

	private static boolean markedPackage(Optional<JavaPackage> javaPackage, Predicate<JavaAnnotation<?>> annotation) {
		return javaPackage
			.map(candidate -> candidate.getAnnotations().stream().anyMatch(annotation)
					|| markedPackage(candidate.getParent(), annotation))
			.orElse(false);
	}

}
