package wenzheng.bot.editor;

/**
 * An edit cannot be made as asked; the message says why, in Chinese.
 */
public class EditRejected extends RuntimeException {

	public EditRejected(String message) {
		super(message);
	}

}
