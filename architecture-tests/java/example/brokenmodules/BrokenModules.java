package example.brokenmodules;

import org.springframework.modulith.Modulithic;

/** Root of a deliberately broken code base: shop reaches into billing's internals. */
@Modulithic
public class BrokenModules {

}
