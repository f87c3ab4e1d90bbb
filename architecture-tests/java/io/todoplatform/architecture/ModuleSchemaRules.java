package io.todoplatform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.domain.properties.HasType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module's schema reaches only that module. No module can make another's
 * ({@link ModuleSchema#ofThisModule()}); this rule sees that none is handed another's
 * bean either: wherever Spring hands code outside the serving modules a
 * {@code ModuleSchema} (a constructor, a bean method, an injected method or field), it is
 * exactly its own module's bean, {@code @Qualifier("<module>Schema")}, and never a
 * collection of them. The serving modules work for every module (storage migrates each
 * schema, events keeps each one's outbox and inbox), so they take any.
 */
final class ModuleSchemaRules {

	private ModuleSchemaRules() {
	}

	static ArchRule eachModuleIsHandedOnlyItsOwnSchema(ApplicationModules modules, String... servingModules) {
		return classes().should(takeOnlyTheirOwnModulesSchema(modules, Set.of(servingModules)));
	}

	private static ArchCondition<JavaClass> takeOnlyTheirOwnModulesSchema(ApplicationModules modules,
			Set<String> serving) {
		return new ArchCondition<>("take no module schema but their own module's, @Qualifier(\"<module>Schema\")") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				var module = modules.getModuleByType(type.getName()).map(it -> it.getIdentifier().toString());
				if (module.filter(serving::contains).isPresent()) {
					return;
				}
				var ownBean = module.map(name -> name + "Schema");
				type.getCodeUnits()
					.stream()
					.filter(ModuleSchemaRules::isInjected)
					.forEach(code -> code.getParameters().forEach(parameter -> checkTaker(parameter, ownBean, events)));
				type.getFields()
					.stream()
					.filter(field -> field.isAnnotatedWith(Autowired.class))
					.forEach(field -> checkTaker(field, ownBean, events));
			}
		};
	}

	/**
	 * Where Spring hands a bean over: constructors, bean methods, and other injected
	 * methods.
	 */
	private static boolean isInjected(JavaCodeUnit code) {
		return !code.getModifiers().contains(JavaModifier.SYNTHETIC)
				&& (code.isConstructor() || code.isAnnotatedWith(Bean.class) || code.isAnnotatedWith(Autowired.class));
	}

	private static <T extends HasAnnotations<?> & HasType & HasDescription> void checkTaker(T taker,
			Optional<String> ownBean, ConditionEvents events) {
		var rawTypes = taker.getType().getAllInvolvedRawTypes();
		if (rawTypes.stream().noneMatch(raw -> raw.isEquivalentTo(ModuleSchema.class))) {
			return;
		}
		var qualifier = taker.tryGetAnnotationOfType(Qualifier.class).map(Qualifier::value);
		var own = rawTypes.size() == 1 && ownBean.isPresent() && qualifier.equals(ownBean);
		if (!own) {
			events.add(SimpleConditionEvent.violated(taker,
					taker.getDescription() + " takes "
							+ qualifier.map(name -> "the schema " + name).orElse(taker.getType().getName()) + ", but "
							+ ownBean.map(name -> "only " + name + " is its module's").orElse("it is in no module")));
		}
	}

}
