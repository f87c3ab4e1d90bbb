package example.brokenhexagon;

/**
 * Root of a deliberately broken hexagon: a primary adapter calls application code that is
 * not a port.
 */
public class BrokenHexagon {

}
