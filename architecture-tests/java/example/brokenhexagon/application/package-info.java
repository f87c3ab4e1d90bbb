@Application
package example.brokenhexagon.application;

import org.jmolecules.architecture.hexagonal.Application;
