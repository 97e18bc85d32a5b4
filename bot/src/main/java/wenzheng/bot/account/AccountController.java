package wenzheng.bot.account;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts: who is logged in (any staff), and the administrators' account management.
 */
@RestController
class AccountController {

	private final StaffAccounts accounts;

	AccountController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	Map<String, Object> me(Principal principal) {
		StaffUser user = this.accounts.get(principal.getName());
		return Map.of("username", user.username(), "displayName", user.displayName(), "role", user.role().name(),
				"roleLabel", user.role().label(), "department", user.department() == null ? "" : user.department());
	}

	@GetMapping("/api/admin/users")
	List<StaffUser> users() {
		return this.accounts.all();
	}

	@PostMapping("/api/admin/users")
	StaffUser create(@Valid @RequestBody NewAccount account) {
		return this.accounts.create(new StaffUser(account.username(), account.displayName().strip(), account.role(),
				account.department(), true), account.password());
	}

	@PostMapping("/api/admin/users/{username}/enabled")
	Map<String, Boolean> enable(@PathVariable String username, @Valid @RequestBody Enabled request) {
		this.accounts.setEnabled(username, request.enabled());
		return Map.of("enabled", request.enabled());
	}

	@PutMapping("/api/admin/users/{username}")
	StaffUser update(@PathVariable String username, @Valid @RequestBody AccountChange change) {
		String department = change.department() == null || change.department().isBlank() ? null
				: change.department().strip();
		return this.accounts.update(username, change.displayName().strip(), change.role(), department);
	}

	@PostMapping("/api/admin/users/{username}/password")
	Map<String, Boolean> resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword request) {
		this.accounts.changePassword(username, request.password());
		return Map.of("changed", true);
	}

	record AccountChange(@NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名不能超过100字") String displayName,
			@NotNull(message = "请选择角色") StaffRole role, @Size(max = 200, message = "部门名称不能超过200字") String department) {
	}

	record NewPassword(@NotBlank(message = "请填写密码") String password) {
	}

	record NewAccount(@NotBlank(message = "请填写用户名") String username,
			@NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名不能超过100字") String displayName,
			@NotNull(message = "请选择角色") StaffRole role, @Size(max = 200, message = "部门名称不能超过200字") String department,
			@NotBlank(message = "请填写密码") String password) {
	}

	record Enabled(@NotNull(message = "请说明启用或停用") Boolean enabled) {
	}

}
