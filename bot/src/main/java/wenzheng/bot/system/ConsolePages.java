package wenzheng.bot.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses of the static pages: {@code /console/} (staff console) and
 * {@code /public/} (published replies).
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/console/").setViewName("forward:/console/index.html");
		registry.addViewController("/public/").setViewName("forward:/public/answers.html");
	}

}
