package wenzheng.knowledge.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The importable files of a folder and its sub-folders, read one at a time so that a
 * large folder never sits in memory. A file's id is its path relative to the folder,
 * without extension, with '/' separators.
 */
public final class FolderSource implements DocumentSource {

	private final Path root;

	private final List<Path> files;

	public FolderSource(Path root) {
		this.root = root;
		this.files = list(root);
	}

	@Override
	public int size() {
		return this.files.size();
	}

	private static List<Path> list(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalArgumentException("Import folder does not exist or is not a folder: " + root);
		}
		try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(Files::isRegularFile).filter(FolderSource::isSupported).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list import folder " + root, ex);
		}
	}

	static boolean isSupported(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && !name.startsWith(".") && !name.equalsIgnoreCase("README.md") && TextExtractor.supported(name);
	}

	@Override
	public Iterator<SourceDocument> iterator() {
		Iterator<Path> paths = this.files.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return paths.hasNext();
			}

			@Override
			public SourceDocument next() {
				return read(paths.next());
			}
		};
	}

	private SourceDocument read(Path file) {
		String relative = this.root.relativize(file).toString().replace('\\', '/');
		int dot = relative.lastIndexOf('.');
		try {
			return new SourceDocument(relative.substring(0, dot), relative, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
