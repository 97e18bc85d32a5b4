package wenzheng.knowledge.importer;

import java.util.List;

/**
 * Counters and per-file results of an import run.
 */
public record ImportReport(List<ImportResult> results) {

	public ImportReport {
		results = List.copyOf(results);
	}

	public long count(ImportOutcome outcome) {
		return this.results.stream().filter(result -> result.outcome() == outcome).count();
	}

	/**
	 * Whether the knowledge base changed, so the index must follow.
	 */
	public boolean changed() {
		return count(ImportOutcome.IMPORTED) + count(ImportOutcome.UPDATED) > 0;
	}

	/**
	 * Whether files were given and none of them could be read as a document.
	 */
	public boolean allFailed() {
		return !this.results.isEmpty() && count(ImportOutcome.FAILED) == this.results.size();
	}

	@Override
	public String toString() {
		return "imported %d, updated %d, unchanged %d, duplicate %d, failed %d".formatted(count(ImportOutcome.IMPORTED),
				count(ImportOutcome.UPDATED), count(ImportOutcome.UNCHANGED), count(ImportOutcome.DUPLICATE),
				count(ImportOutcome.FAILED));
	}

}
