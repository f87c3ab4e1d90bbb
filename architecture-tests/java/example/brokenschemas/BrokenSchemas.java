package example.brokenschemas;

import org.springframework.modulith.Modulithic;

/**
 * Root of a deliberately broken code base: notifications is handed the tasks schema, and
 * every schema.
 */
@Modulithic
public class BrokenSchemas {

}
