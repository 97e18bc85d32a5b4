package wenzheng.bot.hotline;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' figures (响应率, 解决率, 满意率 …) as JSON and as a CSV download.
 */
@RestController
class FiguresController {

	private static final int MAX_DAYS = 366;

	private final HotlineFigures figures;

	FiguresController(HotlineFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/supervisor/figures")
	Figures figures(@RequestParam(defaultValue = "30") int days) {
		return this.figures.of(bounded(days));
	}

	@GetMapping("/api/supervisor/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "30") int days) {
		int period = bounded(days);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hotline-figures-" + period + "d.csv\"")
			.body(this.figures.of(period).csv().getBytes(StandardCharsets.UTF_8));
	}

	private static int bounded(int days) {
		return Math.min(Math.max(days, 1), MAX_DAYS);
	}

}
