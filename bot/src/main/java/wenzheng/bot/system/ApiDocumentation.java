package wenzheng.bot.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API at {@code /v3/api-docs} (browsable at
 * {@code /swagger-ui.html}), for logged-in staff.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI wenzhengApi() {
		return new OpenAPI()
			.info(new Info().title("政策问答 API")
				.version("1")
				.description("Citizens: /api/ask, /api/sessions/**, /api/public/**, /api/hot-questions, /api/suggest, "
						+ "/feeds/policies.atom. Hotline staff (AGENT): /api/tickets/**. "
						+ "Duty supervisors (SUPERVISOR): merge, unmerge, assist, dispatch, return/rejection, "
						+ "appeal/decision under /api/tickets/{number}, and /api/supervisor/**. "
						+ "Editors (EDITOR): /api/editor/**. Administrators (ADMIN): /api/admin/**. "
						+ "Monitoring (METRICS): /actuator/prometheus."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
