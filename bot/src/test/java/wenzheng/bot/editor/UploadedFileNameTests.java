package wenzheng.bot.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload file names that would not fit where they are stored are refused with a Chinese
 * reason; control characters are dropped.
 */
class UploadedFileNameTests {

	@Test
	void aNameTooLongToStoreIsRefused() {
		for (String name : new String[] { "a".repeat(400) + ".txt", "政".repeat(300) + ".txt" }) {
			assertThatThrownBy(() -> UploadedFiles.of(name, "内容".getBytes())).isInstanceOf(EditRejected.class)
				.hasMessageContaining("文件名过长");
		}
		assertThat(UploadedFiles.of("通知" + "\u0000" + ".txt", "内容".getBytes())).singleElement()
			.satisfies(file -> assertThat(file.fileName()).isEqualTo("通知.txt"));
	}

}
