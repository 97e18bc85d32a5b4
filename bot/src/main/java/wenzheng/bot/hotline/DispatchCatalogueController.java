package wenzheng.bot.hotline;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' dispatch catalogue (派单目录).
 */
@RestController
class DispatchCatalogueController {

	private final DispatchCatalogue catalogue;

	DispatchCatalogueController(DispatchCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/admin/dispatch-catalogue")
	List<DispatchRule> all() {
		return this.catalogue.all();
	}

	@PostMapping("/api/admin/dispatch-catalogue")
	DispatchRule add(@Valid @RequestBody RuleRequest request) {
		return this.catalogue.add(request.rule(0));
	}

	@PutMapping("/api/admin/dispatch-catalogue/{id}")
	DispatchRule update(@PathVariable long id, @Valid @RequestBody RuleRequest request) {
		return this.catalogue.update(request.rule(id));
	}

	@DeleteMapping("/api/admin/dispatch-catalogue/{id}")
	Map<String, Boolean> delete(@PathVariable long id) {
		this.catalogue.delete(id);
		return Map.of("deleted", true);
	}

	record RuleRequest(
			@NotEmpty(message = "请填写关键词") @Size(max = 30,
					message = "关键词最多30个") List<@NotBlank(message = "关键词不能为空") @Size(max = 30,
							message = "关键词不能超过30字") String> keywords,
			@Size(max = 100, message = "地点不能超过100字") String place,
			@NotBlank(message = "请填写承办部门") @Size(max = 200, message = "部门名称不能超过200字") String department) {

		DispatchRule rule(long id) {
			return new DispatchRule(id, this.keywords.stream().map(String::strip).distinct().toList(),
					this.place == null || this.place.isBlank() ? null : this.place.strip(), this.department.strip());
		}

	}

}
