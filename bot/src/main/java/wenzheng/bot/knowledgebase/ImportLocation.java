package wenzheng.bot.knowledgebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import wenzheng.knowledge.importer.DocumentSource;
import wenzheng.knowledge.importer.FolderSource;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.importer.TextExtractor;

/**
 * The documents of the configured import locations, separated by commas: folders on disk
 * (sub-folders included), or {@code classpath:} folders such as the bundled sample
 * corpus.
 */
final class ImportLocation {

	private static final String CLASSPATH = "classpath:";

	private ImportLocation() {
	}

	static DocumentSource documents(String locations) {
		List<DocumentSource> sources = new ArrayList<>();
		for (String location : locations.split(",")) {
			if (!location.isBlank()) {
				sources.add(documentsAt(location.strip()));
			}
		}
		return new Concatenated(sources);
	}

	private static DocumentSource documentsAt(String location) {
		if (location.startsWith(CLASSPATH)) {
			return classpath(location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""));
		}
		return new FolderSource(Path.of(location));
	}

	private static DocumentSource classpath(String folder) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<SourceDocument> documents = new ArrayList<>();
		try {
			Resource[] resources = resolver.getResources("classpath*:" + folder + "/**/*.*");
			Arrays.sort(resources, Comparator.comparing(ImportLocation::relativePath));
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String relative = url.substring(url.lastIndexOf(folder + "/") + folder.length() + 1);
				int dot = relative.lastIndexOf('.');
				if (resource.isReadable() && TextExtractor.supported(relative)) {
					documents.add(
							new SourceDocument(relative.substring(0, dot), relative, resource.getContentAsByteArray()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled documents at " + folder, ex);
		}
		return new Listed(documents);
	}

	private static String relativePath(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Documents already read, such as the few bundled ones.
	 */
	private record Listed(List<SourceDocument> documents) implements DocumentSource {

		@Override
		public int size() {
			return this.documents.size();
		}

		@Override
		public Iterator<SourceDocument> iterator() {
			return this.documents.iterator();
		}

	}

	/**
	 * The files of several locations, one at a time, location after location: a large
	 * folder never sits in memory.
	 */
	private record Concatenated(List<DocumentSource> sources) implements DocumentSource {

		@Override
		public int size() {
			return this.sources.stream().mapToInt(DocumentSource::size).sum();
		}

		@Override
		public Iterator<SourceDocument> iterator() {
			Iterator<DocumentSource> next = this.sources.iterator();
			return new Iterator<>() {

				private Iterator<SourceDocument> current = Collections.emptyIterator();

				@Override
				public boolean hasNext() {
					while (!this.current.hasNext() && next.hasNext()) {
						this.current = next.next().iterator();
					}
					return this.current.hasNext();
				}

				@Override
				public SourceDocument next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					return this.current.next();
				}

			};
		}

	}

}
