package wenzheng.bot.account;

/**
 * A staff account, without its password.
 *
 * @param username the login name
 * @param displayName the name colleagues see
 * @param role what the account may do
 * @param department the department the account belongs to, or {@code null}
 * @param enabled whether it may log in
 */
public record StaffUser(String username, String displayName, StaffRole role, String department, boolean enabled) {

}
