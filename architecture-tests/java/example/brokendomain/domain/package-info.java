@DomainLayer
package example.brokendomain.domain;

import org.jmolecules.architecture.layered.DomainLayer;
