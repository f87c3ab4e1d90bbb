@SecondaryPort
package example.brokendomain.port;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
