@PrimaryAdapter
package example.brokenhexagon.adapter;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
