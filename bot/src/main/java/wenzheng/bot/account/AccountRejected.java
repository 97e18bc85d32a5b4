package wenzheng.bot.account;

/**
 * An account cannot be created or changed as asked; the message says why, in Chinese.
 */
public class AccountRejected extends RuntimeException {

	public AccountRejected(String message) {
		super(message);
	}

}
