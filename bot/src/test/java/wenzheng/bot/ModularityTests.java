package wenzheng.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: the others use only its public types, and no
 * dependency cycles exist.
 */
class ModularityTests {

	@Test
	void featuresRespectTheirBoundaries() {
		ApplicationModules.of(WenzhengApplication.class).verify();
	}

}
