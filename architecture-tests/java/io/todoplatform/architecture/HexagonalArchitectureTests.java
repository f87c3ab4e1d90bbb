package io.todoplatform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.todoplatform.TodoPlatform;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;

/**
 * Inside each module: adapters reach the application only through its ports, the domain
 * depends on neither of them nor on a framework, and it follows the DDD building-block
 * rules. The roles come from jMolecules annotations on the packages.
 */
@AnalyzeClasses(packagesOf = TodoPlatform.class, importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTests {

	@ArchTest
	static final ArchRule hexagonal = JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT);

	@ArchTest
	static final ArchRule domain = DomainRules.domainStandsAlone();

	@ArchTest
	static final ArchRule ddd = JMoleculesDddRules.all();

}
