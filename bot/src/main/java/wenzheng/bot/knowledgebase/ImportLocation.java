package wenzheng.bot.knowledgebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import wenzheng.knowledge.importer.FolderSource;
import wenzheng.knowledge.importer.TextExtractor;
import wenzheng.knowledge.importer.SourceDocument;

/**
 * The documents of the configured import location: a folder on disk, or a
 * {@code classpath:} folder such as the bundled sample corpus.
 */
final class ImportLocation {

	private static final String CLASSPATH = "classpath:";

	private ImportLocation() {
	}

	static Iterable<SourceDocument> documents(String location) {
		if (location.startsWith(CLASSPATH)) {
			return classpath(location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""));
		}
		return new FolderSource(Path.of(location));
	}

	private static List<SourceDocument> classpath(String folder) {
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
		return documents;
	}

	private static String relativePath(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
