@PrimaryPort
package example.brokenhexagon.port;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
