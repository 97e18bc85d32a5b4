package wenzheng.index.build;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.MetadataReader;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.segment.Segmenter;

/**
 * Documents segmented straight from their text, without a database: for benchmarks and
 * tests that need an index of a known corpus.
 *
 * @param documents the documents
 * @param clauses their clauses
 */
public record TextCorpus(List<PolicyDocument> documents, List<Clause> clauses) {

	public static TextCorpus of(Iterable<SourceDocument> sources) {
		MetadataReader metadataReader = new MetadataReader();
		Segmenter segmenter = new Segmenter();
		List<PolicyDocument> documents = new ArrayList<>();
		List<Clause> clauses = new ArrayList<>();
		for (SourceDocument source : sources) {
			String text = new String(source.content(), StandardCharsets.UTF_8);
			DocumentMetadata metadata = metadataReader.read(text, source.id());
			documents.add(new PolicyDocument(source.id(), metadata, Validity.VALID, source.fileName(), source.id(),
					Segmenter.VERSION, Instant.EPOCH));
			clauses.addAll(segmenter.segment(source.id(), metadata.title(), text));
		}
		return new TextCorpus(documents, clauses);
	}

	/**
	 * Replaces the content of the index with this corpus.
	 */
	public void indexInto(ClauseIndex index) {
		index.rebuild(this.documents, consumer -> this.clauses.forEach(consumer), this.clauses.size());
	}

	public List<String> jurisdictions() {
		return this.documents.stream().map(PolicyDocument::jurisdiction).filter(place -> place != null).toList();
	}

}
