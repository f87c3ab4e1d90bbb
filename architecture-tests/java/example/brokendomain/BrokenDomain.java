package example.brokendomain;

/** Root of a deliberately broken domain: one domain type uses a port, another Spring. */
public class BrokenDomain {

}
